package org.legalaid.lawyers;

import java.io.Serializable;
import java.util.ArrayList;
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

    /**
     * @param args numbers, strings, dates, enum constants — serializable, since a reason is kept in
     *             a page's view and a session may move to another node (issue 20)
     * @throws IllegalArgumentException for an argument that is not serializable
     */
    public static Reason of(String key, Object... args) {
        List<Serializable> kept = new ArrayList<>(args.length);
        for (Object arg : args) {
            if (!(arg instanceof Serializable s)) {
                throw new IllegalArgumentException("a reason's argument must be serializable: " + arg);
            }
            kept.add(s);
        }
        return new Reason(key, kept);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
