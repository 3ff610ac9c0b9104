package org.legalaid.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.UserName;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A period's figures published to the public (援务公开, LAL art. 58: the regular publication of case
 * handling, fund use and quality): frozen when the bureau's supervisor publishes it — nothing is public
 * before — and never changed afterwards. One per publishing unit, kind and first day of the period
 * (a unique key). Counts below the small-count threshold leave the system only as "&lt;5"
 * ({@link SmallCounts}), which the public page, the REST resource and the CSV apply on output.
 */
@Entity
@Table(name = "reporting_publication")
public class Publication implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "reporting_publication_seq", sequenceName = "reporting_publication_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_publication_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20, updatable = false)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "published_by", nullable = false, length = UserName.MAX, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_publication_figure", joinColumns = @JoinColumn(name = "publication_id"))
    @MapKeyColumn(name = "figure", length = 100)
    @Column(name = "figure_value", nullable = false)
    private Map<String, Long> figures = new HashMap<>();

    protected Publication() {
        // for JPA
    }

    public Publication(long unitId, Period period, Figures figures, String by, OffsetDateTime at) {
        this.unitId = unitId;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.figures = new HashMap<>(figures.asMap());
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public Period period() {
        return new Period(periodKind, periodStart, periodEnd);
    }

    public Figures figures() {
        return new Figures(figures);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
