package org.legalaid.funding.recon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;
import org.legalaid.funding.Yuan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A bank or treasury statement (银行对账单) uploaded by a finance officer: the file's name, SHA-256 and
 * encoding, its period and total, and its lines staged as text (table {@code bank_statement_line}) for
 * the reconciliation job. Only a file whose every line reads is stored.
 */
@Entity
@Table(name = "bank_statement")
public class BankStatement implements Serializable {

    public static final int FILE_NAME_MAX = 200;
    public static final int LINE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "bank_statement_seq", sequenceName = "bank_statement_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_statement_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "charset", nullable = false, length = 10, updatable = false)
    private String charset;

    @Column(name = "header", nullable = false, length = 2000, updatable = false)
    private String header;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "total_amount", nullable = false, precision = Yuan.PRECISION, scale = Yuan.SCALE, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "uploaded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected BankStatement() {
        // for JPA
    }

    /** A statement of {@code file}, whose {@code lines} were all read. */
    public BankStatement(long unitId, String fileName, String sha256, StatementFile file, List<StatementLine> lines,
                         String uploadedBy, OffsetDateTime now) {
        String name = fileName == null || fileName.isBlank() ? "statement.csv" : fileName.strip();
        this.unitId = unitId;
        this.fileName = name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
        this.sha256 = sha256;
        this.charset = file.charset();
        String h = file.header().text();
        this.header = h.length() <= 2000 ? h : h.substring(0, 2000);
        this.lineCount = lines.size();
        this.firstDay = lines.stream().map(StatementLine::date).min(LocalDate::compareTo).orElseThrow();
        this.lastDay = lines.stream().map(StatementLine::date).max(LocalDate::compareTo).orElseThrow();
        this.totalAmount = lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public String getCharset() { return charset; }
    public String getHeader() { return header; }
    public int getLineCount() { return lineCount; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public String getUploadedBy() { return uploadedBy; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
