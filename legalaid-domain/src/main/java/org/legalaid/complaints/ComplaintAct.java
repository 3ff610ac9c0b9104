package org.legalaid.complaints;

import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import static org.legalaid.complaints.ComplaintStatus.AWAITING_MATERIALS;
import static org.legalaid.complaints.ComplaintStatus.DECIDED;
import static org.legalaid.complaints.ComplaintStatus.DELIVERED;
import static org.legalaid.complaints.ComplaintStatus.INVESTIGATING;
import static org.legalaid.complaints.ComplaintStatus.RECEIVED;
import static org.legalaid.complaints.ComplaintStatus.SUSPENDED;

/**
 * What may be done with a complaint, by whom and when — the one place this is decided (order 149).
 * The complaints boundary answers the page from {@link #openTo} and checks {@link #require} on the
 * locked complaint before every act, so a page never offers what the server refuses.
 *
 * <p>The complaint handler (投诉处理人员) works the complaint; the head — the centre's director
 * ({@link Roles#APPROVER}) or the bureau's supervisor — decides the recusal a party asks for (art. 18)
 * and the extension (art. 23), never one they asked for themselves. Only an active investigator
 * writes an investigation record (art. 16–17), and only with a second one active; the decision needs
 * two active investigators and at least one record.
 */
public enum ComplaintAct {

    /** The complainant confirms the written record of an oral complaint (art. 9). */
    CONFIRM_ORAL(handler(), EnumSet.of(RECEIVED, AWAITING_MATERIALS)),
    /** The one notice of missing information, with a deadline (art. 12). */
    REQUEST_MATERIALS(handler(), EnumSet.of(RECEIVED)),
    /** The missing information came in (art. 12). */
    RECEIVE_MATERIALS(handler(), EnumSet.of(AWAITING_MATERIALS)),
    /** 受理 (art. 15). */
    ACCEPT(handler(), EnumSet.of(RECEIVED)),
    /** 不予受理, in writing with the ground and reasons (art. 13–15). */
    DECLINE(handler(), EnumSet.of(RECEIVED, AWAITING_MATERIALS)),
    /** Merge a repeat complaint into the accepted one on the same matter (art. 23). */
    MERGE(handler(), EnumSet.of(RECEIVED)),
    /** Name investigators: at least two without conflict (art. 16, 18). */
    ASSIGN_INVESTIGATORS(handler(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** An investigator steps aside for a conflict (art. 18). */
    RECUSE(handler(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** A party asks for an investigator's recusal (art. 18). */
    REQUEST_RECUSAL(handler(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** The head decides a party's request for recusal (art. 18). */
    DECIDE_RECUSAL(head(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** An investigation record (art. 16–17). */
    RECORD_INVESTIGATION(handler(), EnumSet.of(INVESTIGATING)),
    /** Order an ongoing violation to stop at once (art. 19). */
    ORDER_STOP(handler(), EnumSet.of(INVESTIGATING)),
    /** 中止 while a court or discipline body handles the matter (art. 21). */
    SUSPEND(handler(), EnumSet.of(INVESTIGATING)),
    /** The investigation goes on after a suspension (art. 21). */
    RESUME(handler(), EnumSet.of(SUSPENDED)),
    /** 终止: the complainant withdrew (art. 21). */
    WITHDRAW(handler(), EnumSet.of(RECEIVED, AWAITING_MATERIALS, INVESTIGATING, SUSPENDED)),
    /** Ask the head for the one extension of up to 30 days (art. 23). */
    REQUEST_EXTENSION(handler(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** The head approves or refuses the extension (art. 23). */
    DECIDE_EXTENSION(head(), EnumSet.of(INVESTIGATING, SUSPENDED)),
    /** The complainant was told of the extension (art. 23). */
    NOTIFY_EXTENSION(handler(), EnumSet.of(INVESTIGATING, SUSPENDED, DECIDED)),
    /** The decision with an outcome of art. 22. */
    DECIDE(handler(), EnumSet.of(INVESTIGATING)),
    /** The written decision reached both parties (art. 24). */
    DELIVER(handler(), EnumSet.of(DECIDED)),
    /** The decision was carried out (art. 26). */
    FOLLOW_UP(handler(), EnumSet.of(DELIVERED));

    /** The heads who decide recusals and extensions (art. 18, 23). */
    public static final Set<String> HEADS = Set.of(Roles.APPROVER, Roles.BUREAU_SUPERVISOR);

    private final Set<String> roles;
    private final Set<ComplaintStatus> states;

    ComplaintAct(Set<String> roles, Set<ComplaintStatus> states) {
        this.roles = roles;
        this.states = states;
    }

    private static Set<String> handler() {
        return Set.of(Roles.COMPLAINT_HANDLER);
    }

    /** The heads (not {@link #HEADS}: an enum's static fields are not yet set while its constants are built). */
    private static Set<String> head() {
        return Set.of(Roles.APPROVER, Roles.BUREAU_SUPERVISOR);
    }

    /**
     * What the act depends on beyond the complaint itself.
     *
     * @param activeInvestigators investigators not recused
     * @param records             investigation records written
     * @param callerInvestigates  whether the caller is an active investigator
     * @param pendingRecusals     parties' recusal requests waiting for the head
     */
    public record Situation(int activeInvestigators, int records, boolean callerInvestigates, int pendingRecusals) {
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<ComplaintStatus> states() {
        return states;
    }

    /** Whether someone holding {@code hasRole}, signed in as {@code user}, may take this act on {@code c} now. */
    public boolean isOpenTo(Predicate<String> hasRole, String user, Complaint c, Situation s) {
        return failure(hasRole, user, c, s) == null;
    }

    /**
     * Checks the act as {@link #isOpenTo} does, naming what fails.
     *
     * @throws BusinessException {@code complaints.act.role}; {@code complaints.wrongState}; or the
     *                           act's own condition ({@code complaints.oral.unconfirmed},
     *                           {@code complaints.materials.once}, {@code complaints.investigators.twoRequired},
     *                           {@code complaints.record.notInvestigator}, {@code complaints.decide.noRecord},
     *                           {@code complaints.extension.*}, {@code complaints.recusal.none},
     *                           {@code complaints.oral.notAwaiting})
     */
    public void require(Predicate<String> hasRole, String user, Complaint c, Situation s) {
        BusinessException e = failure(hasRole, user, c, s);
        if (e != null) {
            throw e;
        }
    }

    private BusinessException failure(Predicate<String> hasRole, String user, Complaint c, Situation s) {
        if (roles.stream().noneMatch(hasRole)) {
            return new BusinessException("complaints.act.role", labelKey());
        }
        if (!states.contains(c.getStatus())) {
            return new BusinessException("complaints.wrongState", c.getStatus().labelKey());
        }
        return switch (this) {
            case CONFIRM_ORAL -> c.awaitsOralConfirmation() ? null : new BusinessException("complaints.oral.notAwaiting");
            case ACCEPT -> c.awaitsOralConfirmation() ? new BusinessException("complaints.oral.unconfirmed") : null;
            case REQUEST_MATERIALS -> c.getMaterialsRequestedAt() != null ? new BusinessException("complaints.materials.once") : null;
            case RECORD_INVESTIGATION -> !s.callerInvestigates() ? new BusinessException("complaints.record.notInvestigator")
                    : s.activeInvestigators() < InvestigatorRules.MIN_INVESTIGATORS
                    ? new BusinessException("complaints.investigators.twoRequired", InvestigatorRules.MIN_INVESTIGATORS) : null;
            case DECIDE -> s.activeInvestigators() < InvestigatorRules.MIN_INVESTIGATORS
                    ? new BusinessException("complaints.investigators.twoRequired", InvestigatorRules.MIN_INVESTIGATORS)
                    : s.records() == 0 ? new BusinessException("complaints.decide.noRecord") : null;
            case REQUEST_EXTENSION -> c.getExtensionRequestedDays() != null ? new BusinessException("complaints.extension.once") : null;
            case DECIDE_EXTENSION -> !c.extensionPending() ? new BusinessException("complaints.extension.none")
                    : user.equalsIgnoreCase(c.getExtensionRequestedBy()) ? new BusinessException("complaints.extension.samePerson") : null;
            case NOTIFY_EXTENSION -> Boolean.TRUE.equals(c.getExtensionApproved()) && c.getExtensionNotifiedAt() == null
                    ? null : new BusinessException("complaints.extension.notToNotify");
            case DECIDE_RECUSAL -> s.pendingRecusals() == 0 ? new BusinessException("complaints.recusal.none", "") : null;
            default -> null;
        };
    }

    /** The acts open to the caller on {@code c}. */
    public static Set<ComplaintAct> openTo(Predicate<String> hasRole, String user, Complaint c, Situation s) {
        EnumSet<ComplaintAct> out = EnumSet.noneOf(ComplaintAct.class);
        for (ComplaintAct a : values()) {
            if (a.isOpenTo(hasRole, user, c, s)) {
                out.add(a);
            }
        }
        return out;
    }

    public String labelKey() {
        return "complaintAct." + name();
    }
}
