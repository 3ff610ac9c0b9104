package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.DocumentStorage;
import org.legalaid.shared.DocumentType;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file attached to a case's closing file (issue 5: "Files can be attached (PDF, images), stored
 * in the database or a configured folder, size-limited and type-checked"): which item of the file
 * it is, its name, its type as found in its content ({@link DocumentType}), its size and SHA-256
 * digest, and where its bytes are. The bytes are not mapped here: they are streamed in and out by
 * the store named in {@link #getStorage()}, so that listing documents never loads a file.
 * Documents are never changed; a wrong one is superseded by another of the same item.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument implements Serializable {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 40, updatable = false)
    private CaseFileItem item;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 10, updatable = false)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "storage", nullable = false, length = 10, updatable = false)
    private DocumentStorage storage;

    @Column(name = "uploaded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected CaseDocument() {
        // for JPA
    }

    public CaseDocument(LegalCase c, CaseFileItem item, String fileName, DocumentType type, long sizeBytes,
                        byte[] sha256, DocumentStorage storage, String uploadedBy, OffsetDateTime uploadedAt) {
        this.caseId = Objects.requireNonNull(c.getId(), "case id");
        this.unitId = c.getUnitId();
        this.item = Objects.requireNonNull(item, "item");
        this.fileName = safeName(fileName, type);
        this.type = Objects.requireNonNull(type, "type");
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storage = Objects.requireNonNull(storage, "storage");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /**
     * The name to keep: the last path segment of what the browser sent, without control characters,
     * cut to the column; a file without a usable name is named after its type.
     */
    public static String safeName(String name, DocumentType type) {
        return DocumentType.safeName(name, type, FILE_NAME_MAX);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public CaseFileItem getItem() { return item; }
    public String getFileName() { return fileName; }
    public DocumentType getType() { return type; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public DocumentStorage getStorage() { return storage; }
    public String getUploadedBy() { return uploadedBy; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
