package org.legalaid.web.lawyers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.lawyers.LawyerInterest;
import org.legalaid.lawyers.LawyerRefusal;
import org.legalaid.lawyers.boundary.AssignmentRecord;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lawyer's assignment work for the lawyer's profile (tag {@code la:lawyerWork}): the
 * assignments in the user's units, the refusals (LAL art. 62, 63) and the declared interests that
 * the conflict check reads, with a dialog to declare one. Loaded once per lawyer and view.
 */
@Named
@ViewScoped
public class LawyerWorkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentService service;

    /** What the tag shows of one lawyer. */
    public record Work(List<AssignmentRecord> assignments, List<LawyerRefusal> refusals, List<LawyerInterest> interests)
            implements Serializable {
    }

    private final Map<Long, Work> loaded = new HashMap<>();

    // the declaration dialog
    private InterestRelation relation = InterestRelation.CLIENT;
    private String partyName;
    private String partyId;
    private LocalDate partyBirth;
    private String note;

    public Work of(long lawyerId) {
        return loaded.computeIfAbsent(lawyerId, id -> new Work(service.findAssignments(id), service.findRefusals(id),
                service.findInterests(id)));
    }

    public void declare(long lawyerId) {
        String name = partyName;
        if (Actions.attempt(() -> service.declareInterest(lawyerId, relation, partyName, partyId, partyBirth, note),
                "lawyerWork.interestAdded", name).isPresent()) {
            loaded.remove(lawyerId);
            partyName = null;
            partyId = null;
            partyBirth = null;
            note = null;
            PrimeFaces.current().executeScript("PF('interestDialog').hide()");
            PrimeFaces.current().ajax().update("messages");
        }
    }

    public void remove(long lawyerId, long interestId) {
        if (Actions.attempt(() -> service.removeInterest(interestId), "lawyerWork.interestRemoved")) {
            loaded.remove(lawyerId);
        }
    }

    public InterestRelation[] getRelations() {
        return InterestRelation.values();
    }

    public InterestRelation getRelation() { return relation; }
    public void setRelation(InterestRelation relation) { this.relation = relation; }
    public String getPartyName() { return partyName; }
    public void setPartyName(String partyName) { this.partyName = partyName; }
    public String getPartyId() { return partyId; }
    public void setPartyId(String partyId) { this.partyId = partyId; }
    public LocalDate getPartyBirth() { return partyBirth; }
    public void setPartyBirth(LocalDate partyBirth) { this.partyBirth = partyBirth; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
