package org.legalaid.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which context owns which table: the lists {@code db/tables/<context>.txt} kept next to the
 * migrations in legalaid-domain, and what the migrations create.
 */
final class Tables {

    /** A table or view of a context; {@code viewOver} is {@code <context>.<table>} for a read model. */
    record Owned(String name, String viewOver) {
    }

    enum Relation { TABLE, VIEW }

    private static final String LISTS = "db/tables";
    private static final List<String> MIGRATIONS = List.of("db/migration/common", "db/migration/postgresql", "db/migration/h2");
    private static final Pattern LINE = Pattern.compile("([a-z_][a-z0-9_]*)(?:\\s+view over\\s+([a-z_]+\\.[a-z_][a-z0-9_]*))?\\s*");
    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    /** Context name to the tables and views it owns. */
    static final Map<String, List<Owned>> OWNED = readLists();

    private static final Map<String, String> OWNER_OF = ownerIndex();

    private Tables() {
    }

    /** The context owning a table or view, or {@code null} when it is none of the listed names. */
    static String ownerOf(String name) {
        return OWNER_OF.get(name);
    }

    /** Every table and view a migration of any vendor creates. */
    static Map<String, Relation> createdByMigrations() {
        Map<String, Relation> created = new TreeMap<>();
        for (String folder : MIGRATIONS) {
            ClasspathFolder.read(folder).forEach((file, sql) -> {
                Matcher m = CREATE.matcher(withoutComments(sql));
                while (m.find()) {
                    created.put(m.group(2).toLowerCase(Locale.ROOT),
                            m.group(1).toLowerCase(Locale.ROOT).equals("table") ? Relation.TABLE : Relation.VIEW);
                }
            });
        }
        if (created.isEmpty()) {
            throw new IllegalStateException("no migrations found on the class path");
        }
        return created;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static Map<String, List<Owned>> readLists() {
        Map<String, List<Owned>> lists = new TreeMap<>();
        ClasspathFolder.read(LISTS).forEach((file, text) -> {
            if (!file.endsWith(".txt")) {
                return;
            }
            List<Owned> owned = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(l);
                if (!m.matches()) {
                    throw new IllegalStateException(LISTS + "/" + file + ": cannot read \"" + l + "\"");
                }
                owned.add(new Owned(m.group(1), m.group(2)));
            }
            lists.put(file.substring(0, file.length() - ".txt".length()), List.copyOf(owned));
        });
        if (lists.isEmpty()) {
            throw new IllegalStateException("no " + LISTS + "/<context>.txt on the class path");
        }
        return lists;
    }

    private static Map<String, String> ownerIndex() {
        Map<String, String> owners = new TreeMap<>();
        OWNED.forEach((context, tables) -> tables.forEach(t -> owners.putIfAbsent(t.name(), context)));
        return owners;
    }
}
