package org.legalaid.web.lawyers;

import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.Specialty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the admission and the correction dialogs edit: the {@link NewLawyer} and its three
 * multiple choices as lists (the check-box groups bind to lists). One form for both dialogs, so a
 * lawyer is admitted and corrected with the same fields (the {@code la:lawyerFields} tag).
 */
public class LawyerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final NewLawyer lawyer;
    private List<Specialty> specialties = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private List<String> regions = new ArrayList<>();

    public LawyerForm() {
        this.lawyer = new NewLawyer();
    }

    /** A correction of {@code l}: every field as recorded; the ID number stays (it is never shown in full). */
    public static LawyerForm of(Lawyer l) {
        LawyerForm f = new LawyerForm();
        NewLawyer n = f.lawyer;
        n.setFirmId(l.getFirmId());
        n.setKind(l.getKind());
        n.setName(l.getName());
        n.setIdNumber(l.getIdNumber());
        n.setPhone(l.getPhone());
        n.setLicenceNumber(l.getLicenceNumber());
        n.setLicenceDate(l.getLicenceDate());
        n.setCriminalPracticeSince(l.getCriminalPracticeSince());
        n.setJuvenileExperience(l.isJuvenileExperience());
        n.setMaxOpenCases(l.getMaxOpenCases());
        f.specialties = new ArrayList<>(l.getSpecialties());
        f.languages = new ArrayList<>(l.getLanguages());
        f.regions = new ArrayList<>(l.getRegions());
        return f;
    }

    /** The form with the choices copied in, for the service. */
    public NewLawyer toNewLawyer() {
        lawyer.setSpecialties(specialties.isEmpty() ? EnumSet.noneOf(Specialty.class) : EnumSet.copyOf(specialties));
        lawyer.setLanguages(new LinkedHashSet<>(languages));
        lawyer.setRegions(new LinkedHashSet<>(regions));
        return lawyer;
    }

    public NewLawyer getLawyer() { return lawyer; }
    public List<Specialty> getSpecialties() { return specialties; }
    public void setSpecialties(List<Specialty> specialties) { this.specialties = specialties; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public List<String> getRegions() { return regions; }
    public void setRegions(List<String> regions) { this.regions = regions; }
}
