package org.legalaid.shared.control;

import org.legalaid.shared.SharedKernel;

import java.util.Objects;

/**
 * Where one context keeps its attachments, as {@link DocumentStores} needs to know it: the
 * sub-folder of {@code legalaid.documents.dir} its files go to (empty: the folder itself), and the
 * two statements on its own table's {@code content} column — one setting it, one reading it, each
 * with the document's id as the last parameter. The statements are the context's: its SQL names
 * only its own table (ArchitectureTest); the kernel only runs them.
 *
 * @param folder    a sub-folder name of letters and digits, or empty
 * @param writeSql  {@code update <table> set content = ? where id = ?}
 * @param readSql   {@code select content from <table> where id = ?}
 * @param kind      the record's name in a "not found" answer
 */
@SharedKernel
public record DocumentPlace(String folder, String writeSql, String readSql, String kind) {

    public DocumentPlace {
        Objects.requireNonNull(folder);
        if (!folder.matches("[a-z0-9]*")) {
            throw new IllegalArgumentException("a documents sub-folder is lower-case letters and digits: " + folder);
        }
        Objects.requireNonNull(writeSql);
        Objects.requireNonNull(readSql);
        Objects.requireNonNull(kind);
    }
}
