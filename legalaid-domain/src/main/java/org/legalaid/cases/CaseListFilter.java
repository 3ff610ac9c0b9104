package org.legalaid.cases;

import org.legalaid.intake.MatterType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the central case list is narrowed to (issue 5, "Case list at scale"). Every field is
 * optional (null or empty: no restriction); the caller's unit scope always applies on top.
 *
 * @param unitId           one unit of the caller's scope and its subtree
 * @param statuses         any of these states
 * @param lawyerId         the current lawyer, by id
 * @param lawyerName       the current lawyer's name starts with this
 * @param clientName       the client's name starts with this
 * @param caseNumber       the case number 案号 starts with this
 * @param overdue          only cases with an open clock past due (a step of the case, or the 委托协议)
 */
public record CaseListFilter(Long unitId, Set<CaseStatus> statuses, MatterType matterType, Long lawyerId,
                             String lawyerName, String clientName, String caseNumber,
                             LocalDate assignedFrom, LocalDate assignedTo, LocalDate endedFrom, LocalDate endedTo,
                             LocalDate archivedFrom, LocalDate archivedTo, boolean overdue) implements Serializable {

    public CaseListFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        lawyerName = blankToNull(lawyerName);
        clientName = blankToNull(clientName);
        caseNumber = blankToNull(caseNumber);
    }

    /** Every case of the caller's units. */
    public static CaseListFilter all() {
        return new CaseListFilter(null, Set.of(), null, null, null, null, null, null, null, null, null, null, null, false);
    }

    public CaseListFilter withStatuses(Set<CaseStatus> s) {
        return new CaseListFilter(unitId, s, matterType, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withUnit(Long unit) {
        return new CaseListFilter(unit, statuses, matterType, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withMatterType(MatterType m) {
        return new CaseListFilter(unitId, statuses, m, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withLawyer(Long id, String namePrefix) {
        return new CaseListFilter(unitId, statuses, matterType, id, namePrefix, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withClientName(String prefix) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, prefix, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withCaseNumber(String prefix) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, clientName, prefix, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withAssigned(LocalDate from, LocalDate to) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, clientName, caseNumber, from, to,
                endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withEnded(LocalDate from, LocalDate to) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, from, to, archivedFrom, archivedTo, overdue);
    }

    public CaseListFilter withArchived(LocalDate from, LocalDate to) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, from, to, overdue);
    }

    public CaseListFilter withOverdue(boolean o) {
        return new CaseListFilter(unitId, statuses, matterType, lawyerId, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, o);
    }

    /** A short, readable account of the filter for the audit trail of an export. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "unit", unitId);
        append(b, "status", statuses.isEmpty() ? null : statuses.stream().map(Enum::name).sorted().toList());
        append(b, "matter", matterType);
        append(b, "lawyerId", lawyerId);
        append(b, "lawyer", lawyerName);
        append(b, "client", clientName);
        append(b, "number", caseNumber);
        append(b, "assigned", range(assignedFrom, assignedTo));
        append(b, "ended", range(endedFrom, endedTo));
        append(b, "archived", range(archivedFrom, archivedTo));
        append(b, "overdue", overdue ? Boolean.TRUE : null);
        return b.isEmpty() ? "all" : b.toString();
    }

    private static String range(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }

    private static void append(StringBuilder b, String name, Object value) {
        if (value != null) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
