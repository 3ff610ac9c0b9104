package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseDocument;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses where new attachments go and how large they may be, from system properties (set with
 * the server's configuration, e.g. {@code /system-property=legalaid.documents.dir:add(value=…)}):
 * <ul>
 *   <li>{@value #DIR_PROPERTY}: a folder for the files; unset, they are kept in the database;</li>
 *   <li>{@value #MAX_PROPERTY}: the largest file in bytes, default 20 MB (20,971,520). The HTTP
 *       listener's {@code max-post-size} (configure-server.cli) must allow a little more.</li>
 * </ul>
 */
@ApplicationScoped
public class DocumentStores {

    public static final String DIR_PROPERTY = "legalaid.documents.dir";
    public static final String MAX_PROPERTY = "legalaid.documents.maxBytes";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    private DatabaseDocumentStore database;

    @Inject
    private FolderDocumentStore folder;

    /** The store for a new document. */
    public DocumentStore current() {
        return folder().isPresent() ? folder : database;
    }

    /** The store a document was kept in. */
    public DocumentStore of(CaseDocument.Storage storage) {
        return storage == CaseDocument.Storage.FOLDER ? folder : database;
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
