package org.legalaid.it;

import java.util.UUID;

/** Passwords for test accounts: made fresh each run, never written in the code. */
public final class TestPasswords {

    private TestPasswords() {
    }

    /** A new password that satisfies the password policy. */
    public static String fresh() {
        return "Aa1-" + UUID.randomUUID();
    }

    /** A short prefix that makes codes and user names of one test unique in a shared database. */
    public static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
