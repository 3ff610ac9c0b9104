package org.legalaid.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.legalaid.shared.NotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attachments as files in the folder given by {@value DocumentStores#DIR_PROPERTY} (a context's in
 * its sub-folder; the cases' in the folder itself, where they were before complaints had any), one
 * file per document named after its id ({@code 1234.bin}; the name the user gave stays in the row). A file is
 * written under a temporary name and moved into place; when the transaction rolls back it is
 * deleted again, so a refused or failed upload leaves neither row nor file.
 */
@ApplicationScoped
public class FolderDocumentStore {

    private static final Logger LOG = Logger.getLogger(FolderDocumentStore.class.getName());

    @Resource
    private TransactionSynchronizationRegistry transactions;

    void write(String subFolder, long documentId, Path spooled) throws IOException {
        Path dir = DocumentStores.folder().orElseThrow(() -> new IOException("no documents folder configured"))
                .resolve(subFolder);
        Files.createDirectories(dir);
        Path target = dir.resolve(documentId + ".bin");
        Path tmp = Files.createTempFile(dir, documentId + "-", ".part");
        Files.copy(spooled, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "could not delete " + target + " after a rollback", e);
                    }
                }
            }
        });
    }

    void copy(String subFolder, long documentId, OutputStream out, String kind) throws IOException {
        Path dir = DocumentStores.folder().orElseThrow(() -> new NotFoundException(kind, documentId)).resolve(subFolder);
        Path file = dir.resolve(documentId + ".bin");
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(kind, documentId);
        }
        Files.copy(file, out);
    }
}
