package org.legalaid.shared.control;

import java.util.Locale;

/**
 * Where the Flyway migrations of a database live: the common scripts, and those only one
 * database can run ({@code db/migration/postgresql}, {@code db/migration/h2}).
 */
public final class MigrationLocations {

    private MigrationLocations() {
    }

    /**
     * The migration folders for a database product: the common scripts and those of the vendor,
     * PostgreSQL (tests, production) or H2 (the run command's demo), the only two supported.
     */
    public static String[] forProduct(String databaseProductName) {
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        String vendor;
        if (product.contains("postgresql")) {
            vendor = "postgresql";
        } else if (product.contains("h2")) {
            vendor = "h2";
        } else {
            throw new IllegalStateException("unsupported database: " + databaseProductName);
        }
        return new String[]{"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }
}
