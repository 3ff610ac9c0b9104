package org.legalaid.it.lawyers;

import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.lawyers.FirmKind;
import org.legalaid.lawyers.NewBankAccount;
import org.legalaid.lawyers.NewLawFirm;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique registry input for the tests: credit codes, ID and licence numbers with their check characters. */
final class RegistryForms {

    private RegistryForms() {
    }

    /** A valid credit code of a law firm registered in Shinan (370202), unique per call. */
    static String creditCode() {
        StringBuilder org = new StringBuilder("M");
        for (int i = 0; i < 7; i++) {
            org.append(ThreadLocalRandom.current().nextInt(10));
        }
        String first17 = "31370202" + org + UnifiedSocialCreditCode.organisationCheckCharacter(org);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** The same code with its last character changed: a typing mistake. */
    static String mistyped(String code) {
        char last = code.charAt(17);
        return code.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    static NewLawFirm firm(String name, String creditCode) {
        NewLawFirm f = new NewLawFirm();
        f.setKind(FirmKind.LAW_FIRM);
        f.setName(name);
        f.setCreditCode(creditCode);
        f.setRegionCode("370202");
        f.setAddress("市南区香港中路1号");
        f.setContactPerson("周主任");
        f.setContactPhone("0532-80000000");
        return f;
    }

    /** A valid ID number of someone born in 1985, unique enough per call. */
    static String idNumber() {
        int seq = 100 + ThreadLocalRandom.current().nextInt(899);
        String first17 = "370203" + "1985" + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28)) + seq;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String licenceNumber() {
        return String.format("13702%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    static NewLawyer lawyer(long firmId, String name, LocalDate licenceDate, LocalDate criminalSince) {
        NewLawyer l = new NewLawyer();
        l.setFirmId(firmId);
        l.setName(name);
        l.setIdNumber(idNumber());
        l.setLicenceNumber(licenceNumber());
        l.setLicenceDate(licenceDate);
        l.setCriminalPracticeSince(criminalSince);
        l.setSpecialties(criminalSince == null ? EnumSet.of(Specialty.LABOUR) : EnumSet.of(Specialty.CRIMINAL));
        l.setLanguages(Set.of("csl"));
        l.setRegions(Set.of("370202", "370203"));
        return l;
    }

    static NewBankAccount account(String number) {
        NewBankAccount a = new NewBankAccount();
        a.setBankName("中国工商银行青岛市南支行");
        a.setAccountName("山东测试律师事务所");
        a.setAccountNo(number);
        a.setReason("律所更换基本存款账户");
        return a;
    }
}
