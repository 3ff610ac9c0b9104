package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.Consultation;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.ConsultationFilter;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.NewConsultation;
import org.legalaid.intake.boundary.ConsultationService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The consultation screen: record one, list them, count them by channel for a period. */
@Named
@ViewScoped
public class ConsultationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    private NewConsultation form = new NewConsultation();
    private LocalDate from;
    private LocalDate to;
    private ConsultationChannel channel;
    private LazyDataModel<Consultation> model;
    private Map<ConsultationChannel, Long> counts;
    private Consultation selected;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> consultations.countConsultations(filter()),
                (first, pageSize) -> consultations.findConsultations(filter(), first, pageSize),
                Consultation::getId);
        refreshCounts();
    }

    private ConsultationFilter filter() {
        return new ConsultationFilter(from, to, channel);
    }

    public void search() {
        refreshCounts();
    }

    private void refreshCounts() {
        counts = consultations.countByChannel(filter());
    }

    public void record() {
        Actions.attempt(() -> consultations.record(form), "consultation.recorded").ifPresent(c -> {
            form = new NewConsultation();
            refreshCounts();
        });
    }

    /** Opens one for reading; audited when it names a person. */
    public void open(long id) {
        Actions.attempt(() -> consultations.getConsultation(id), null).ifPresent(c -> selected = c);
    }

    public ConsultationChannel[] getChannels() {
        return ConsultationChannel.values();
    }

    public MatterCategory[] getTopics() {
        return MatterCategory.values();
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public NewConsultation getForm() {
        return form;
    }

    public LazyDataModel<Consultation> getModel() {
        return model;
    }

    public Map<ConsultationChannel, Long> getCounts() {
        return counts;
    }

    public Consultation getSelected() {
        return selected;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ConsultationChannel getChannel() {
        return channel;
    }

    public void setChannel(ConsultationChannel channel) {
        this.channel = channel;
    }
}
