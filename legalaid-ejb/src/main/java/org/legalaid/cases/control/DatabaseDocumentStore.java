package org.legalaid.cases.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.legalaid.cases.CaseDocument;
import org.legalaid.shared.NotFoundException;

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

/**
 * Attachments in the {@code content} column of {@code case_document} (bytea on PostgreSQL). The
 * bytes are streamed from the spooled file into the statement, not built up in memory here; the
 * connection is the transaction's, so a rollback leaves neither row nor bytes.
 */
@ApplicationScoped
public class DatabaseDocumentStore implements DocumentStore {

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    @Override
    public CaseDocument.Storage kind() {
        return CaseDocument.Storage.DATABASE;
    }

    @Override
    public void write(long documentId, Path spooled, long size) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update case_document set content = ? where id = ?");
             InputStream in = Files.newInputStream(spooled)) {
            ps.setBinaryStream(1, in, size);
            ps.setLong(2, documentId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("case_document " + documentId + " is not in the transaction");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void copy(long documentId, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select content from case_document where id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("CaseDocument", documentId);
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    if (in == null) {
                        throw new NotFoundException("CaseDocument", documentId);
                    }
                    in.transferTo(out);
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
