package org.legalaid.cases.control;

import org.legalaid.cases.CaseDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where the bytes of case-file attachments are kept: in the database (the default) or in a folder
 * given by the system property {@value DocumentStores#DIR_PROPERTY}. A document row names its
 * store, so documents stored before the configuration changed are still read from where they are.
 */
public interface DocumentStore {

    CaseDocument.Storage kind();

    /** Keeps the spooled bytes of the (flushed) document {@code documentId}, in the caller's transaction. */
    void write(long documentId, Path spooled, long size) throws IOException;

    /** Writes the bytes of {@code documentId} to {@code out}. */
    void copy(long documentId, OutputStream out) throws IOException;
}
