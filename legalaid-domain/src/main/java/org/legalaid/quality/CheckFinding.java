package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** One finding of the automatic check: its type and what it is about (a document's name, a step, dates). */
@Embeddable
public class CheckFinding implements Serializable {

    public static final int SUBJECT_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_type", nullable = false, length = 30)
    private FindingType type;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    protected CheckFinding() {
    }

    public CheckFinding(FindingType type, String subject) {
        this.type = Objects.requireNonNull(type, "type");
        String s = Objects.requireNonNull(subject, "subject");
        this.subject = s.length() > SUBJECT_MAX ? s.substring(0, SUBJECT_MAX) : s;
    }

    public FindingType getType() { return type; }
    public String getSubject() { return subject; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckFinding f && f.type == type && f.subject.equals(subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, subject);
    }

    @Override
    public String toString() {
        return type + ":" + subject;
    }
}
