package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.SubjectType;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.control.AssignmentRepository;
import org.legalaid.lawyers.control.PayeeQueries;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the funding context may know of the lawyers it pays (docs/domain.md "Funding": paid to the
 * lawyer or firm assigned to the case, to the registered account, never to a suspended lawyer for
 * later work): the lawyer's status, the firm and its registered account, the lawyers a case had, and
 * accounts shared between firms. No ID numbers.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class PayeeService {

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private PayeeQueries queries;

    /**
     * A lawyer as a payee.
     *
     * @param status      the lawyer's status name ({@code ACTIVE}, {@code SUSPENDED} …)
     * @param statusSince the day that status took effect
     * @param accountNo   the firm's registered account number, or null when none is registered
     */
    public record Payee(long lawyerId, String lawyerName, long firmId, String firmName, String status,
                        LocalDate statusSince, String accountHolder, String bankName, String accountNo)
            implements Serializable {
    }

    /** A lawyer of a case, with the firm and the period of the assignment (to is null while it runs). */
    public record CaseLawyer(long lawyerId, long firmId, LocalDate from, LocalDate to) implements Serializable {
    }

    /** @throws NotFoundException when the lawyer is not in the pool */
    public Payee getPayee(long lawyerId) {
        Lawyer l = assignments.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        LawFirm f = assignments.findFirm(l.getFirmId()).orElseThrow(() -> new NotFoundException("LawFirm", l.getFirmId()));
        return new Payee(l.getId(), l.getName(), f.getId(), f.getName(), l.getStatus().name(), l.getStatusSince(),
                f.getBankAccountName(), f.getBankName(), f.getBankAccountNo());
    }

    /** Every lawyer assigned to a case, oldest first, ended assignments included. */
    public List<CaseLawyer> findCaseLawyers(@NotNull SubjectType type, long subjectId) {
        return assignments.findHistory(type, subjectId).stream().map(PayeeService::lawyerOf).toList();
    }

    /** Names of the other firms registered with the same account as the lawyer's firm. */
    public List<String> findFirmsSharingAccount(long firmId) {
        return assignments.findFirm(firmId).map(queries::findOtherFirmsWithAccount).orElse(List.of());
    }

    /** Every account registered for more than one firm, with the firms' names (nightly rules). */
    public Map<String, List<String>> findSharedAccounts() {
        return queries.findSharedAccounts();
    }

    private static CaseLawyer lawyerOf(Assignment a) {
        LocalDate to = a.getEndedAt() == null ? a.getClosedOn()
                : a.getEndedAt().atZoneSameInstant(org.legalaid.shared.ChinaTime.ZONE).toLocalDate();
        return new CaseLawyer(a.getLawyerId(), a.getFirmId(), a.getAssignedOn(), to);
    }
}
