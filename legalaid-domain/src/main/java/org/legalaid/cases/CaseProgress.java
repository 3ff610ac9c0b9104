package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A progress entry 办案记录 of a case (docs/domain.md lifecycle 8; LAL art. 59): what was done, on which
 * day, by whom — the lawyer (meetings 会见, file review 阅卷, investigation, hearings, documents
 * filed, the court's outcome, recorded by the staff for the lawyer) or the supervising staff
 * (trial attendance 庭审旁听 with an assessment and a grade, the judicial organ's opinion 征询意见,
 * follow-up visits 回访 with the client's satisfaction).
 *
 * <p>Rules held here: the day is required and passes the case's date logic
 * ({@link LegalCase#recordHandling}: not before the assignment, not after the case's end, not in
 * the future); each kind has its own required fields and no other kind's (a rating only for a
 * visit, a grade only for an attendance, an organ only for an opinion). An entry is never edited
 * or deleted; a mistaken one is struck out once, with a reason, and stays visible.
 */
@Entity
@Table(name = "case_progress")
public class CaseProgress implements Serializable {

    public static final int DETAILS_MAX = 4000;
    public static final int ASSESSMENT_MAX = 1000;
    public static final int ORGAN_MAX = 100;
    public static final int OPINION_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int PERFORMER_MAX = 60;

    @Id
    @SequenceGenerator(name = "case_progress_seq", sequenceName = "case_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_progress_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private ProgressKind kind;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "performed_by", nullable = false, length = PERFORMER_MAX, updatable = false)
    private String performedBy;

    @Column(name = "details", nullable = false, length = DETAILS_MAX, updatable = false)
    private String details;

    @Column(name = "assessment", length = ASSESSMENT_MAX, updatable = false)
    private String assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 20, updatable = false)
    private AttendanceGrade grade;

    @Column(name = "organ", length = ORGAN_MAX, updatable = false)
    private String organ;

    @Column(name = "organ_opinion", length = OPINION_MAX, updatable = false)
    private String organOpinion;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", length = 30, updatable = false)
    private Satisfaction satisfaction;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "struck_by", length = UserName.MAX)
    private String struckBy;

    @Column(name = "struck_at")
    private OffsetDateTime struckAt;

    @Column(name = "strike_reason", length = REASON_MAX)
    private String strikeReason;

    protected CaseProgress() {
        // for JPA
    }

    /**
     * Records an entry on {@code legalCase} (which moves its handling dates).
     *
     * @param staffName  the name of the staff member recording it: the performer of a staff activity
     * @param recordedBy the recorder's user name
     * @param now        the current time
     * @throws BusinessException {@code cases.progress.kindRequired}, {@code cases.progress.dateRequired},
     *                           {@code cases.progress.detailsRequired}, a kind's missing or foreign field,
     *                           {@code cases.progress.noLawyer}; the case's date logic errors
     */
    public CaseProgress(LegalCase legalCase, NewProgressEntry form, String staffName, String recordedBy, OffsetDateTime now) {
        Objects.requireNonNull(legalCase, "legalCase");
        check(form);
        this.kind = form.getKind();
        if (kind.isStaffActivity()) {
            this.performedBy = cut(Objects.requireNonNull(staffName, "staffName"), PERFORMER_MAX);
        } else if (legalCase.getLawyerName() == null) {
            throw new BusinessException("cases.progress.noLawyer", legalCase.getCaseNumber());
        } else {
            this.performedBy = legalCase.getLawyerName();
        }
        legalCase.recordHandling(form.getOccurredOn(), now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        this.caseId = legalCase.getId();
        this.unitId = legalCase.getUnitId();
        this.occurredOn = form.getOccurredOn();
        this.details = form.getDetails().strip();
        this.assessment = strip(form.getAssessment());
        this.grade = form.getGrade();
        this.organ = strip(form.getOrgan());
        this.organOpinion = strip(form.getOrganOpinion());
        this.satisfaction = form.getSatisfaction();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The fields each kind needs, and only those: an attendance its assessment and grade, an opinion
     * the organ and what it said, a visit the client's satisfaction (LAL art. 59).
     */
    static void check(NewProgressEntry form) {
        ProgressKind k = form.getKind();
        if (k == null) {
            throw new BusinessException("cases.progress.kindRequired");
        }
        if (form.getOccurredOn() == null) {
            throw new BusinessException("cases.progress.dateRequired");
        }
        if (blank(form.getDetails())) {
            throw new BusinessException("cases.progress.detailsRequired");
        }
        boolean attendance = k == ProgressKind.TRIAL_ATTENDANCE;
        boolean opinion = k == ProgressKind.OPINION_SOUGHT;
        boolean visit = k == ProgressKind.FOLLOW_UP_VISIT;
        if (attendance && (blank(form.getAssessment()) || form.getGrade() == null)) {
            throw new BusinessException("cases.progress.assessmentRequired");
        }
        if (!attendance && (!blank(form.getAssessment()) || form.getGrade() != null)) {
            throw new BusinessException("cases.progress.assessmentOnlyForAttendance", k.labelKey());
        }
        if (opinion && (blank(form.getOrgan()) || blank(form.getOrganOpinion()))) {
            throw new BusinessException("cases.progress.opinionRequired");
        }
        if (!opinion && (!blank(form.getOrgan()) || !blank(form.getOrganOpinion()))) {
            throw new BusinessException("cases.progress.opinionOnlyForOpinion", k.labelKey());
        }
        if (visit && form.getSatisfaction() == null) {
            throw new BusinessException("cases.progress.satisfactionRequired");
        }
        if (!visit && form.getSatisfaction() != null) {
            throw new BusinessException("cases.progress.satisfactionOnlyForVisit", k.labelKey());
        }
    }

    /**
     * Strikes the entry out: it stays on record and on the page, marked as struck, with who did it,
     * when and why.
     *
     * @throws BusinessException {@code cases.progress.reasonRequired}, {@code cases.progress.alreadyStruck}
     */
    public void strikeOut(String reason, String by, OffsetDateTime at) {
        if (blank(reason)) {
            throw new BusinessException("cases.progress.reasonRequired");
        }
        if (isStruck()) {
            throw new BusinessException("cases.progress.alreadyStruck");
        }
        this.strikeReason = reason.strip();
        this.struckBy = Objects.requireNonNull(by, "by");
        this.struckAt = Objects.requireNonNull(at, "at");
    }

    public boolean isStruck() {
        return struckAt != null;
    }

    /** Whether a client asking about progress is told of this entry (LAL art. 46): the lawyer's work, not struck. */
    public boolean isToldToClient() {
        return kind.isToldToClient() && !isStruck();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public ProgressKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getPerformedBy() { return performedBy; }
    public String getDetails() { return details; }
    public String getAssessment() { return assessment; }
    public AttendanceGrade getGrade() { return grade; }
    public String getOrgan() { return organ; }
    public String getOrganOpinion() { return organOpinion; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
    public String getStruckBy() { return struckBy; }
    public OffsetDateTime getStruckAt() { return struckAt; }
    public String getStrikeReason() { return strikeReason; }
}
