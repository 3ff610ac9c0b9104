package org.legalaid.quality;

import jakarta.persistence.Basic;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A sampling campaign or peer evaluation cycle (seed 004 "关于开展……法律援助案件质量抽查评估活动的通知"): a
 * window of archive dates, the units in scope, the sampling rule, and — stored so that anyone can
 * re-run the draw and get the same cases — the seed and the candidate list (gzip, with its SHA-256).
 * Its phases are {@link CampaignState}; the re-evaluation margin and the objection period are set per
 * campaign.
 */
@Entity
@Table(name = "quality_campaign")
public class Campaign implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int MAX_MARGIN = 100;
    public static final int MAX_OBJECTION_DAYS = 60;

    @Id
    @SequenceGenerator(name = "quality_campaign_seq", sequenceName = "quality_campaign_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_campaign_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private CampaignKind kind;

    @Column(name = "owner_unit_id", nullable = false, updatable = false)
    private long ownerUnitId;

    @Column(name = "window_from", nullable = false, updatable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false, updatable = false)
    private LocalDate windowTo;

    @Column(name = "per_stratum", updatable = false)
    private Integer perStratum;

    @Column(name = "sample_percent", precision = 5, scale = 2, updatable = false)
    private BigDecimal percent;

    @Column(name = "findings_percent", nullable = false, updatable = false)
    private int findingsPercent;

    @Column(name = "kinds", nullable = false, length = 60, updatable = false)
    private String kinds;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "candidates", nullable = false, updatable = false)
    private byte[] candidates;

    @Column(name = "candidate_count", nullable = false, updatable = false)
    private int candidateCount;

    @Column(name = "candidates_sha256", nullable = false, length = 64, updatable = false)
    private String candidatesSha256;

    /** The units with too few cases, one {@code unitId,kind,wanted,available} a line. */
    @Column(name = "shortfalls", nullable = false, length = 4000, updatable = false)
    private String shortfalls;

    @Column(name = "reevaluation_margin", nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal reevaluationMargin;

    @Column(name = "objection_days", nullable = false, updatable = false)
    private int objectionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CampaignState state;

    @Column(name = "objection_until")
    private LocalDate objectionUntil;

    @Column(name = "notified_by", length = UserName.MAX)
    private String notifiedBy;

    @Column(name = "published_by", length = UserName.MAX)
    private String publishedBy;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new TreeSet<>();

    /** The evaluators of the campaign's pool when it was drawn: the re-evaluations are placed among them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_campaign_evaluator", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "evaluator_id")
    private Set<Long> poolIds = new TreeSet<>();

    protected Campaign() {
    }

    /** The settings a campaign is created with. */
    public record Settings(String name, CampaignKind kind, LocalDate windowFrom, LocalDate windowTo, Set<Long> unitIds,
                           SampleRule rule, BigDecimal reevaluationMargin, int objectionDays) {
        /**
         * @throws BusinessException {@code quality.campaign.windowInvalid} when the window ends before it starts;
         *                           {@code quality.campaign.marginInvalid}; {@code quality.campaign.objectionDaysInvalid};
         *                           {@code quality.campaign.peerKinds} when a peer cycle draws criminal cases
         */
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rule, "rule");
            if (windowFrom == null || windowTo == null || windowTo.isBefore(windowFrom)) {
                throw new BusinessException("quality.campaign.windowInvalid");
            }
            if (reevaluationMargin == null || reevaluationMargin.signum() < 0
                    || reevaluationMargin.compareTo(BigDecimal.valueOf(MAX_MARGIN)) > 0) {
                throw new BusinessException("quality.campaign.marginInvalid");
            }
            if (objectionDays < 1 || objectionDays > MAX_OBJECTION_DAYS) {
                throw new BusinessException("quality.campaign.objectionDaysInvalid");
            }
            if (kind == CampaignKind.PEER && rule.kinds().contains(FormKind.CRIMINAL)) {
                throw new BusinessException("quality.campaign.peerKinds");
            }
            unitIds = Set.copyOf(unitIds);
        }
    }

    public Campaign(Settings s, long ownerUnitId, long seed, CandidateList candidateList, Sampler.Draw draw,
                    Collection<Long> poolIds, String createdBy, OffsetDateTime createdAt) {
        this.poolIds = new TreeSet<>(poolIds);
        this.name = s.name();
        this.kind = s.kind();
        this.ownerUnitId = ownerUnitId;
        this.windowFrom = s.windowFrom();
        this.windowTo = s.windowTo();
        this.perStratum = s.rule().perStratum();
        this.percent = s.rule().percent();
        this.findingsPercent = s.rule().findingsPercent();
        this.kinds = new TreeSet<>(s.rule().kinds().stream().map(Enum::name).toList()).stream()
                .collect(Collectors.joining(","));
        this.unitIds = new TreeSet<>(s.unitIds());
        this.seed = seed;
        byte[] list = candidateList.encode();
        this.candidates = gzip(list);
        this.candidateCount = candidateList.size();
        this.candidatesSha256 = sha256(list);
        this.shortfalls = draw.shortfalls().stream().map(f -> f.unitId() + "," + f.kind() + "," + f.wanted() + ","
                + f.available()).collect(Collectors.joining("\n"));
        if (this.shortfalls.length() > 4000) {
            this.shortfalls = this.shortfalls.substring(0, this.shortfalls.lastIndexOf('\n', 4000));
        }
        this.reevaluationMargin = s.reevaluationMargin();
        this.objectionDays = s.objectionDays();
        this.state = CampaignState.DRAWN;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public SampleRule rule() {
        Set<FormKind> k = EnumSet.noneOf(FormKind.class);
        Arrays.stream(kinds.split(",")).map(FormKind::valueOf).forEach(k::add);
        return new SampleRule(perStratum, percent, findingsPercent, k);
    }

    /** The stored candidate list, checked against its SHA-256. */
    public CandidateList storedCandidates() {
        byte[] list = gunzip(candidates);
        if (!sha256(list).equals(candidatesSha256)) {
            throw new IllegalStateException("the stored candidate list of campaign " + id + " does not match its SHA-256");
        }
        return CandidateList.decode(list);
    }

    /** The draw again, from the stored seed and candidate list (what anyone re-running it gets). */
    public Sampler.Draw redraw() {
        return Sampler.draw(seed, unitIds, storedCandidates(), rule());
    }

    public List<Sampler.Shortfall> shortfalls() {
        if (shortfalls.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(shortfalls.split("\n")).map(l -> l.split(","))
                .map(p -> new Sampler.Shortfall(Long.parseLong(p[0]), FormKind.valueOf(p[1]), Integer.parseInt(p[2]),
                        Integer.parseInt(p[3]))).toList();
    }

    /**
     * The provisional results go to the units: the objection period starts.
     *
     * @throws BusinessException {@code quality.campaign.state}
     */
    public void notifyUnits(LocalDate today, String by) {
        require(CampaignState.DRAWN);
        this.state = CampaignState.NOTIFIED;
        this.objectionUntil = today.plusDays(objectionDays);
        this.notifiedBy = Objects.requireNonNull(by, "by");
    }

    /** Whether a unit may still object on {@code today}. */
    public boolean isObjectionOpen(LocalDate today) {
        return state == CampaignState.NOTIFIED && !today.isAfter(objectionUntil);
    }

    /** The results are published: every grade is final. */
    public void publish(LocalDate today, String by) {
        require(CampaignState.NOTIFIED);
        this.state = CampaignState.PUBLISHED;
        this.publishedOn = today;
        this.publishedBy = Objects.requireNonNull(by, "by");
    }

    /** @throws BusinessException {@code quality.campaign.state} (name, state) unless in {@code expected} */
    public void require(CampaignState expected) {
        if (state != expected) {
            throw new BusinessException("quality.campaign.state", name, state.labelKey());
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 (hex) of the stored candidate list, before gzip. */
    public static String sha256(byte[] list) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(list));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public CampaignKind getKind() { return kind; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public LocalDate getWindowFrom() { return windowFrom; }
    public LocalDate getWindowTo() { return windowTo; }
    public long getSeed() { return seed; }
    public int getCandidateCount() { return candidateCount; }
    public String getCandidatesSha256() { return candidatesSha256; }
    public BigDecimal getReevaluationMargin() { return reevaluationMargin; }
    public int getObjectionDays() { return objectionDays; }
    public CampaignState getState() { return state; }
    public LocalDate getObjectionUntil() { return objectionUntil; }
    public String getNotifiedBy() { return notifiedBy; }
    public String getPublishedBy() { return publishedBy; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public Set<Long> getUnitIds() { return Set.copyOf(unitIds); }
    public Set<Long> getPoolIds() { return Set.copyOf(poolIds); }
}
