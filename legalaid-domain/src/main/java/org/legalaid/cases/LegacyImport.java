package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One import of a legacy case file: who, when, into which unit, and what became of its rows. Never changed. */
@Entity
@Table(name = "legacy_import")
public class LegacyImport implements Serializable {

    @Id
    @SequenceGenerator(name = "legacy_import_seq", sequenceName = "legacy_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legacy_import_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String fileSha256;

    @Column(name = "imported_by", nullable = false, length = UserName.MAX, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private OffsetDateTime importedAt;

    @Column(name = "rows_read", nullable = false, updatable = false)
    private int rowsRead;

    @Column(name = "rows_imported", nullable = false, updatable = false)
    private int rowsImported;

    @Column(name = "rows_flagged", nullable = false, updatable = false)
    private int rowsFlagged;

    @Column(name = "rows_refused", nullable = false, updatable = false)
    private int rowsRefused;

    protected LegacyImport() {
        // for JPA
    }

    public LegacyImport(long unitId, String fileName, String fileSha256, String importedBy, OffsetDateTime importedAt,
                        int rowsRead, int rowsImported, int rowsFlagged, int rowsRefused) {
        this.unitId = unitId;
        this.fileName = fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
        this.fileSha256 = fileSha256;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.rowsRead = rowsRead;
        this.rowsImported = rowsImported;
        this.rowsFlagged = rowsFlagged;
        this.rowsRefused = rowsRefused;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public String getImportedBy() { return importedBy; }
    public OffsetDateTime getImportedAt() { return importedAt; }
    public int getRowsRead() { return rowsRead; }
    public int getRowsImported() { return rowsImported; }
    public int getRowsFlagged() { return rowsFlagged; }
    public int getRowsRefused() { return rowsRefused; }
}
