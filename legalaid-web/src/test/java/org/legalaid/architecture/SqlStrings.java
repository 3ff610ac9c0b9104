package org.legalaid.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL and JPQL a class holds: its string constants (read from the class file's constant pool,
 * so text blocks, constants folded into others and the fixed parts of a concatenation all count)
 * that read as a statement or a fragment of one, and the names those statements use.
 */
final class SqlStrings {

    /** A string that holds a statement or a fragment of one. */
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete|from|join)\\s");
    /** A quoted value inside the statement ('LegalCase', 'SIGN_AGREEMENT'): not a name. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    /** A name not qualified by an alias (c.lawyer_name) and no parameter (:units). */
    private static final Pattern NAME = Pattern.compile("(?<![\\w.:!$#])[A-Za-z_][A-Za-z0-9_]*\\b");

    private SqlStrings() {
    }

    /** The string constants of {@code c} that read as SQL or JPQL. */
    static List<String> of(JavaClass c) {
        List<String> sql = new ArrayList<>();
        for (String s : constants(c)) {
            String text = s.replace('\u0001', ' ').replace('\u0002', ' '); // a concatenation's holes
            if (SQL.matcher(text).find()) {
                sql.add(text);
            }
        }
        return sql;
    }

    /** The unqualified names in a statement: tables, views, JPQL entities (and columns, keywords, aliases). */
    static Set<String> namesIn(String statement) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(QUOTED.matcher(statement).replaceAll("''"));
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

    /** The CONSTANT_String entries of the class file (JVMS 4.4). */
    private static List<String> constants(JavaClass c) {
        var source = c.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + c.getName()));
        try (InputStream raw = source.getUri().toURL().openStream(); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalStateException("not a class file: " + source.getUri());
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IllegalStateException("constant tag " + tag + " in " + source.getUri());
                }
            }
            return strings.stream().map(i -> utf8[i]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
