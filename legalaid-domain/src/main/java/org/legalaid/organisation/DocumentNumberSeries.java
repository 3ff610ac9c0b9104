package org.legalaid.organisation;

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

import java.util.Objects;

/**
 * The document numbers (文号) one unit has given one kind of document in one year: the prefix —
 * the organ's abbreviation (机关代字) with the kind's code, e.g. {@code 青北法援决} — and the last
 * number given. Numbers run 1, 2, 3… from the start of each year and are formatted
 * {@code 青北法援决〔2026〕12号} (GB/T 9704-2012 §7.2.4: year in 〔〕, no leading zeros, no 第).
 *
 * <p>The series is a row the issuing transaction locks and increments, so two documents never get
 * the same number and a transaction that rolls back takes its increment with it: the numbers
 * have no gaps.
 */
@Entity
@Table(name = "document_number_series")
public class DocumentNumberSeries {

    public static final int PREFIX_MAX = 40;
    /** A prefix: 1–40 characters, no white space and none of the brackets the number adds. */
    public static final String PREFIX_PATTERN = "[^\\s〔〕\\[\\]()（）]{1," + PREFIX_MAX + "}";
    /**
     * A prefix the administrator sets: the organ's abbreviation (机关代字) and the kind's code, in
     * Chinese characters only — {@code 青南法援决} (GB/T 9704-2012 §7.2.4: 发文字号由发文机关代字、年份、
     * 发文顺序号组成; the 机关代字 is the organ's short name in characters, never letters or digits).
     */
    public static final String ORGAN_PREFIX_PATTERN = "\\p{IsHan}{2," + PREFIX_MAX + "}";
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2999;

    @Id
    @SequenceGenerator(name = "document_number_series_seq", sequenceName = "document_number_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_number_series_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    @Column(name = "series_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "prefix", nullable = false, length = PREFIX_MAX)
    private String prefix;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected DocumentNumberSeries() {
        // for JPA
    }

    /** A series that has given no number yet. */
    public DocumentNumberSeries(long unitId, DocumentKind kind, int year, String prefix) {
        checkYear(year);
        this.unitId = unitId;
        this.kind = Objects.requireNonNull(kind);
        this.year = year;
        this.prefix = checkPrefix(prefix);
    }

    /** The prefix, stripped; refused when empty, too long, or holding white space or brackets. */
    public static String checkPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (!p.matches(PREFIX_PATTERN)) {
            throw new BusinessException("organisation.documentNumber.prefixInvalid", p, PREFIX_MAX);
        }
        return p;
    }

    /**
     * A prefix as the administrator sets it: {@link #checkPrefix} and Chinese characters only
     * ({@link #ORGAN_PREFIX_PATTERN}), so that every number reads like {@code 青南法援决〔2026〕1号}.
     *
     * @throws BusinessException {@code organisation.documentNumber.prefixInvalid};
     *                           {@code organisation.documentNumber.prefixNotChinese} (the prefix)
     */
    public static String checkOrganPrefix(String prefix) {
        String p = checkPrefix(prefix);
        if (!p.matches(ORGAN_PREFIX_PATTERN)) {
            throw new BusinessException("organisation.documentNumber.prefixNotChinese", p);
        }
        return p;
    }

    public static void checkYear(int year) {
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw new BusinessException("organisation.documentNumber.yearInvalid", String.valueOf(year));
        }
    }

    /** The number as printed: {@code 青北法援决〔2026〕12号}. */
    public static String format(String prefix, int year, int number) {
        return prefix + "〔" + year + "〕" + number + "号";
    }

    /** Takes the next number: one more than the last. */
    public int allocate() {
        lastNumber++;
        return lastNumber;
    }

    /** Numbers given from now on carry this prefix; those given keep theirs. */
    public void changePrefix(String newPrefix) {
        this.prefix = checkOrganPrefix(newPrefix);
    }

    public String format(int number) {
        return format(prefix, year, number);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getUnitId() {
        return unitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public String getPrefix() {
        return prefix;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    @Override
    public String toString() {
        return "DocumentNumberSeries[" + unitId + " " + kind + " " + year + " " + prefix + " #" + lastNumber + "]";
    }
}
