package org.legalaid.shared.control;

import org.legalaid.shared.DocumentType;
import org.legalaid.shared.SharedKernel;
import org.legalaid.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An uploaded file read once, as it arrives, into a temporary file: its type is decided from its
 * first bytes before anything else is kept (a program renamed {@code .pdf} is refused at once),
 * its bytes are counted against the limit while they stream (a 200 MB upload is refused after the
 * limit's worth, never held in memory and never read to its end) and its SHA-256 digest is
 * computed on the way. The temporary file is deleted on {@link #close}.
 */
@SharedKernel
public final class SpooledUpload implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SpooledUpload.class.getName());
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final DocumentType type;
    private final long size;
    private final byte[] sha256;

    private SpooledUpload(Path file, DocumentType type, long size, byte[] sha256) {
        this.file = file;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
    }

    /**
     * Reads {@code in} (not closed here) up to {@code maxBytes}.
     *
     * @throws BusinessException those of {@link DocumentType#detect}; {@code shared.document.tooLarge}
     *                           (file name, limit in MB) when the content exceeds {@code maxBytes};
     *                           {@code shared.document.unreadable} (file name) when the upload broke off
     */
    public static SpooledUpload read(InputStream in, String fileName, long maxBytes) {
        MessageDigest digest = newDigest();
        Path tmp = null;
        try {
            DigestInputStream din = new DigestInputStream(in, digest);
            byte[] head = din.readNBytes(DocumentType.HEAD_LENGTH);
            DocumentType type = DocumentType.detect(head, fileName);
            tmp = Files.createTempFile("legalaid-upload-", ".part");
            long total = head.length;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(head);
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = din.read(buffer)) != -1) {
                    total += n;
                    if (total > maxBytes) {
                        throw new BusinessException("shared.document.tooLarge", fileName, maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total > maxBytes) {
                throw new BusinessException("shared.document.tooLarge", fileName, maxBytes / (1024 * 1024));
            }
            SpooledUpload done = new SpooledUpload(tmp, type, total, digest.digest());
            tmp = null;
            return done;
        } catch (IOException e) {
            LOG.log(Level.INFO, "upload of " + fileName + " broke off", e);
            throw new BusinessException("shared.document.unreadable", fileName);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the temporary upload " + p, e);
        }
    }

    public Path file() {
        return file;
    }

    public DocumentType type() {
        return type;
    }

    public long size() {
        return size;
    }

    public byte[] sha256() {
        return Arrays.copyOf(sha256, sha256.length);
    }

    @Override
    public void close() {
        delete(file);
    }
}
