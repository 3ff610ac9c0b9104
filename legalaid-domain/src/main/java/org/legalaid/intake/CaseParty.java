package org.legalaid.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person on one side of a case as the conflict-of-interest check sees them: a name with the ID
 * number when it is known, else with the birth date (either may be missing for an opposing party).
 * The lawyers context turns it into a party key (ConflictKeys) that it compares with the clients
 * of past assignments and the interests lawyers declared.
 */
public record CaseParty(String name, String idNumber, LocalDate birthDate) implements Serializable {

    public CaseParty {
        Objects.requireNonNull(name, "name");
    }
}
