package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * One item of a closing file's checklist: whether the case needs it, whether the lawyer handed it
 * in, and the centre's finding with its note once reviewed (a missing or defective item is listed
 * back to the lawyer with the note).
 */
@Embeddable
public class ChecklistLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 40)
    private CaseFileItem item;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private ItemVerdict verdict;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected ChecklistLine() {
        // for JPA
    }

    ChecklistLine(CaseFileItem item, boolean required, boolean present) {
        this.item = Objects.requireNonNull(item, "item");
        this.required = required;
        this.present = present;
    }

    void judge(ItemVerdict verdict, String note) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Whether the review found the item missing or defective. */
    public boolean isOutstanding() {
        return verdict != null && verdict != ItemVerdict.ACCEPTED;
    }

    public CaseFileItem getItem() { return item; }
    public boolean isRequired() { return required; }
    public boolean isPresent() { return present; }
    public ItemVerdict getVerdict() { return verdict; }
    public String getNote() { return note; }
}
