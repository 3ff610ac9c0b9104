package org.legalaid.lawyers;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a candidate ranks where it ranks or was left out, as a message key and its arguments, so
 * the assignment screen can say it in Chinese or English (issue 4: the reason for each rank and
 * for each exclusion).
 */
public record Reason(String key, List<Serializable> args) implements Serializable {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Reason of(String key, Serializable... args) {
        return new Reason(key, Arrays.asList(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
