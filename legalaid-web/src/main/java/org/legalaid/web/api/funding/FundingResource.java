package org.legalaid.web.api.funding;

import org.legalaid.shared.HashChain;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.funding.LedgerChain;
import org.legalaid.funding.Payment;
import org.legalaid.funding.boundary.FundBalance;
import org.legalaid.funding.boundary.FundService;
import org.legalaid.funding.boundary.PaymentService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only funding data for the finance bureau's and the treasury's systems (issue 13, "Screens,
 * exports, API"): payments and fund balances of the caller's units, and the ledger's verification.
 * Account numbers are masked but for their last four digits.
 */
@Path("/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "funding", description = "经费与办案补贴 / funding and case subsidies")
public class FundingResource {

    @Inject
    private PaymentService payments;

    @Inject
    private FundService funds;

    /** A payment as the API shows it. */
    public record PaymentLine(String reference, long caseId, long lawyerId, long firmId, String stage, String payee,
                              String bank, String account, BigDecimal amount, String state, LocalDate paidOn) {

        static PaymentLine of(Payment p) {
            String no = p.getAccountNo();
            String masked = no.length() <= 4 ? no : "*".repeat(no.length() - 4) + no.substring(no.length() - 4);
            return new PaymentLine(p.getReference(), p.getCaseId(), p.getLawyerId(), p.getFirmId(), p.getStage().name(),
                    p.getPayeeName(), p.getBankName(), masked, p.getAmount(), p.getState().name(), p.getPaidOn());
        }
    }

    @GET
    @Path("/payments")
    @Operation(summary = "Payments of the caller's units, newest first")
    public List<PaymentLine> payments(@QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("100") int max) {
        return payments.findPayments(first, max).stream().map(PaymentLine::of).toList();
    }

    @GET
    @Path("/balances")
    @Operation(summary = "Each fund's budget, allocations, commitments, payments and available money per unit, summed from the ledger")
    public List<FundBalance> balances() {
        return funds.findBalances();
    }

    /** POST because a verification is itself recorded in the audit trail. */
    @POST
    @Path("/ledger/verifications")
    @Operation(summary = "Verify the ledger's hash chain; reports the first edited or deleted posting")
    public HashChain.Verification verify() {
        return funds.verifyLedger();
    }
}
