package org.legalaid.lawyers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A lawyer as the assignment ranking sees one: plain data, gathered by the service from the
 * registry, the open cases and the year's quota progress.
 *
 * @param lawyerId                the lawyer's id
 * @param firmId                  the id of the lawyer's firm or basic legal service office
 * @param status                  only {@link LawyerStatus#ACTIVE} is assignable
 * @param regionsServed           administrative division codes of the districts served
 * @param specialties             declared fields of practice
 * @param languages               {@link LanguageCodes} the lawyer can work in
 * @param criminalPracticeYears   full years of criminal practice ({@link PracticeYears})
 * @param juvenileExperience      has handled minors' cases (LAL art. 26)
 * @param openCases               legal aid cases currently open
 * @param maxOpenCases            the most open cases the lawyer takes at once
 * @param quotaFulfilment         this year's {@link QuotaProgress#fulfilment()}
 * @param partiesActedFor         ids of parties the lawyer acts or acted for
 * @param firmPartiesActedFor     ids of parties the lawyer's firm acts or acted for
 * @param relatedPersons          ids of persons related to the lawyer (close relatives and
 *                                others the conflict rules name)
 */
public record Candidate(long lawyerId, long firmId, LawyerStatus status, Set<String> regionsServed,
                        Set<Specialty> specialties, Set<String> languages, int criminalPracticeYears,
                        boolean juvenileExperience, int openCases, int maxOpenCases, BigDecimal quotaFulfilment,
                        Set<String> partiesActedFor, Set<String> firmPartiesActedFor, Set<String> relatedPersons) {

    public Candidate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(quotaFulfilment, "quotaFulfilment");
        regionsServed = Set.copyOf(regionsServed);
        specialties = Set.copyOf(specialties);
        languages = Set.copyOf(languages);
        partiesActedFor = Set.copyOf(partiesActedFor);
        firmPartiesActedFor = Set.copyOf(firmPartiesActedFor);
        relatedPersons = Set.copyOf(relatedPersons);
        if (criminalPracticeYears < 0 || openCases < 0 || maxOpenCases < 0 || quotaFulfilment.signum() < 0) {
            throw new IllegalArgumentException("negative figure for lawyer " + lawyerId);
        }
    }
}
