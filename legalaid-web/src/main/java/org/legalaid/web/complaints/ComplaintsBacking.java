package org.legalaid.web.complaints;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintStatus;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.web.PagedModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The complaint register (投诉登记, MoJ order 149 art. 25): the complaints of the user's units, newest
 * first, a page at a time, filtered by status, ground, respondent type, a text and the receipt dates.
 */
@Named
@ViewScoped
public class ComplaintsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService complaints;

    private ComplaintStatus status;
    private ComplaintGround ground;
    private RespondentType respondentType;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<Complaint> model;

    /** The view action (the status may come from the workbench's link). */
    public void load() {
        search();
    }

    public void search() {
        ComplaintFilter f = new ComplaintFilter(status == null ? null : Set.of(status), ground, respondentType, text, from, to);
        model = new PagedModel<>(() -> complaints.countComplaints(f), (first, size) -> complaints.findComplaints(f, first, size),
                Complaint::getId);
    }

    public List<ComplaintStatus> getStatuses() { return List.of(ComplaintStatus.values()); }
    public List<ComplaintGround> getGrounds() { return List.of(ComplaintGround.values()); }
    public List<RespondentType> getRespondentTypes() { return List.of(RespondentType.values()); }
    public PagedModel<Complaint> getModel() { return model; }
    public ComplaintStatus getStatus() { return status; }
    public void setStatus(ComplaintStatus status) { this.status = status; }
    public ComplaintGround getGround() { return ground; }
    public void setGround(ComplaintGround ground) { this.ground = ground; }
    public RespondentType getRespondentType() { return respondentType; }
    public void setRespondentType(RespondentType respondentType) { this.respondentType = respondentType; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
