package org.legalaid.complaints;

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
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file attached to an investigation record (MoJ order 149 art. 16–17: the signed interview
 * record as scanned, photographs of a site visit, copies of the files reviewed): which record and
 * complaint, the name given, the type found in its content ({@link DocumentType}, the same checks
 * as a case's documents), its size and SHA-256 digest, and where its bytes are. The bytes are not
 * mapped: the shared document store streams them in and out. Like the record, an attachment is
 * never changed or removed — it is part of the one file per complaint (一事一卷, art. 25).
 */
@Entity
@Table(name = "complaint_attachment")
public class RecordAttachment implements Serializable {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "complaint_attachment_seq", sequenceName = "complaint_attachment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_attachment_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

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
    private LocalDateTime uploadedAt;

    protected RecordAttachment() {
        // for JPA
    }

    public RecordAttachment(InvestigationRecord record, String fileName, DocumentType type, long sizeBytes, byte[] sha256,
                            DocumentStorage storage, String uploadedBy, LocalDateTime uploadedAt) {
        this.complaintId = record.getComplaintId();
        this.recordId = Objects.requireNonNull(record.getId(), "record id");
        this.type = Objects.requireNonNull(type);
        this.fileName = DocumentType.safeName(fileName, type, FILE_NAME_MAX);
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storage = Objects.requireNonNull(storage);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getId() { return id; }
    public long getComplaintId() { return complaintId; }
    public long getRecordId() { return recordId; }
    public String getFileName() { return fileName; }
    public DocumentType getType() { return type; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public DocumentStorage getStorage() { return storage; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
