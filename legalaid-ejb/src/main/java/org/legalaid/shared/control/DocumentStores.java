package org.legalaid.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.shared.DocumentStorage;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.SharedKernel;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one mechanism for attachments of every context (a case's closing file, issue 5; a complaint's
 * investigation records, issue 15 / MoJ order 149 art. 16–17): an upload is read once as it streams
 * and checked ({@link SpooledUpload}: type by content, no programs, not empty, size), then kept
 * where the configuration says, from system properties (set with the server's configuration, e.g.
 * {@code /system-property=legalaid.documents.dir:add(value=…)}):
 * <ul>
 *   <li>{@value #DIR_PROPERTY}: a folder for the files (each context in its
 *       {@linkplain DocumentPlace#folder() sub-folder}); unset, they are kept in the database, in
 *       the context's own table's {@code content} column;</li>
 *   <li>{@value #MAX_PROPERTY}: the largest file in bytes, default 20 MB (20,971,520). The HTTP
 *       listener's {@code max-post-size} (configure-server.cli) must allow a little more.</li>
 * </ul>
 * A document row names its {@link DocumentStorage}, so documents kept before the configuration
 * changed are still read from where they are. Both ways take part in the caller's transaction: a
 * rollback leaves neither row nor bytes.
 */
@ApplicationScoped
@SharedKernel
public class DocumentStores {

    public static final String DIR_PROPERTY = "legalaid.documents.dir";
    public static final String MAX_PROPERTY = "legalaid.documents.maxBytes";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    @Inject
    private FolderDocumentStore folder;

    /**
     * Reads and checks an upload (not closed here) into a temporary file; see {@link SpooledUpload#read}.
     * Nothing is kept yet: call it before locking anything, so a slow or refused upload holds no lock.
     */
    public SpooledUpload read(InputStream in, String fileName) {
        return SpooledUpload.read(in, fileName, maxBytes());
    }

    /** Where a new document will be kept. */
    public DocumentStorage current() {
        return folder().isPresent() ? DocumentStorage.FOLDER : DocumentStorage.DATABASE;
    }

    /**
     * Keeps the bytes of the (flushed) document {@code id} in {@code storage} (the one its row names,
     * {@link #current()} when it was made), inside the caller's transaction.
     */
    public void keep(DocumentPlace place, DocumentStorage storage, long id, SpooledUpload upload) throws IOException {
        if (storage == DocumentStorage.FOLDER) {
            folder.write(place.folder(), id, upload.file());
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(place.writeSql());
             InputStream in = Files.newInputStream(upload.file())) {
            ps.setBinaryStream(1, in, upload.size());
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException(place.kind() + " " + id + " is not in the transaction");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /**
     * Writes the bytes of document {@code id}, kept in {@code storage}, to {@code out}.
     *
     * @throws NotFoundException when the bytes are not there
     */
    public void copy(DocumentPlace place, DocumentStorage storage, long id, OutputStream out) throws IOException {
        if (storage == DocumentStorage.FOLDER) {
            folder.copy(place.folder(), id, out, place.kind());
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(place.readSql())) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException(place.kind(), id);
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    if (in == null) {
                        throw new NotFoundException(place.kind(), id);
                    }
                    in.transferTo(out);
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** The configured folder, if any. */
    static Optional<Path> folder() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip()));
    }

    /** The largest attachment accepted, in bytes. */
    public long maxBytes() {
        String v = System.getProperty(MAX_PROPERTY);
        if (v != null) {
            try {
                long n = Long.parseLong(v.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // a mistyped property falls back to the default
            }
        }
        return DEFAULT_MAX_BYTES;
    }
}
