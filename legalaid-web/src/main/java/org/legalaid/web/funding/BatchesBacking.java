package org.legalaid.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.ClaimState;
import org.legalaid.funding.PaymentBatch;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.BatchView;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.PaymentService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Payment batches: the finance officer selects approved claims and makes a batch, downloads the bank
 * file, and records the bank's confirmation with the day it paid.
 */
@Named
@ViewScoped
public class BatchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentService payments;

    @Inject
    private ClaimService claims;

    private List<SubsidyClaim> approved;
    private List<SubsidyClaim> selected = new ArrayList<>();
    private List<PaymentBatch> batches;
    private Long openBatchId;
    private BatchView openBatch;
    private LocalDate paidOn;
    private java.util.Map<String, String> names = java.util.Map.of();

    @Inject
    private org.legalaid.organisation.boundary.OrganisationService organisation;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        approved = claims.findClaims(EnumSet.of(ClaimState.APPROVED), 0, 500);
        batches = payments.findBatches(100);
        names = organisation.findStaffNames(batches.stream().map(PaymentBatch::getCreatedBy).collect(java.util.stream.Collectors.toSet()));
        selected = new ArrayList<>();
        if (openBatchId != null) {
            openBatch = payments.getBatch(openBatchId);
        }
    }

    public void createBatch() {
        List<Long> ids = selected.stream().map(SubsidyClaim::getId).toList();
        if (ids.isEmpty()) {
            org.legalaid.web.i18n.Messages.addError("funding.batch.noneSelected");
            return;
        }
        Optional<PaymentBatch> b = Actions.attempt(() -> payments.createBatch(ids), "funding.batch.created");
        b.ifPresent(x -> {
            openBatchId = x.getId();
            refresh();
        });
    }

    public void open(long batchId) {
        openBatchId = batchId;
        openBatch = payments.getBatch(batchId);
        paidOn = LocalDate.now(org.legalaid.shared.ChinaTime.ZONE);
    }

    public void confirm() {
        if (Actions.attempt(() -> payments.confirm(openBatchId, paidOn), "funding.batch.confirmed").isPresent()) {
            refresh();
        }
    }

    /** A person's name for the user name that made a batch. */
    public String name(String username) {
        return names.getOrDefault(username, username);
    }

    public boolean isMayPay() {
        return payments.mayPay();
    }

    /**
     * The open batch's file for the bank (a POST from the page: writing it closes the batch to further
     * claims, and no GET changes anything).
     */
    public StreamedContent getBankFile() {
        Optional<byte[]> file = Actions.attempt(() -> payments.bankFile(openBatchId), null);
        if (file.isEmpty()) {
            return null;
        }
        openBatch = payments.getBatch(openBatchId);
        byte[] bytes = file.get();
        return DefaultStreamedContent.builder().name(openBatch.batch().getNumber() + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<SubsidyClaim> getApproved() { return approved; }
    public List<SubsidyClaim> getSelected() { return selected; }
    public void setSelected(List<SubsidyClaim> selected) { this.selected = selected; }
    public List<PaymentBatch> getBatches() { return batches; }
    public BatchView getOpenBatch() { return openBatch; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
}
