package org.legalaid.shared;

/**
 * Where an attachment's bytes are kept (issue 5, issue 15): in its row's {@code content} column,
 * or in a file named after the document in the folder given by {@code legalaid.documents.dir}. A
 * document row names its storage, so documents kept before the configuration changed are still
 * read from where they are.
 */
public enum DocumentStorage {
    /** In the row's {@code content} column. */
    DATABASE,
    /** In a file named after the document in the configured folder. */
    FOLDER
}
