package org.legalaid.funding.recon;

import org.legalaid.funding.Yuan;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.TextInput;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each {@link StatementColumn} stands in a statement, read from its header line; parses the
 * statement's lines. A line is one physical line of CSV (RFC 4180 quoting within the line: banks do
 * not break a transaction over lines).
 */
public final class StatementLayout {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final Map<StatementColumn, Integer> index;
    private final int width;

    private StatementLayout(Map<StatementColumn, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * The layout of a header line.
     *
     * @throws BusinessException {@code funding.recon.missingColumns} naming the required columns missing
     */
    public static StatementLayout of(String headerLine) {
        List<String> headers = fields(1, headerLine);
        Map<StatementColumn, Integer> index = new EnumMap<>(StatementColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int at = i;
            StatementColumn.ofHeader(headers.get(i)).ifPresent(c -> index.putIfAbsent(c, at));
        }
        List<String> missing = new ArrayList<>();
        for (StatementColumn c : StatementColumn.values()) {
            if (c.isRequired() && !index.containsKey(c)) {
                missing.add(c.chinese());
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("funding.recon.missingColumns", String.join("、", missing));
        }
        return new StatementLayout(index, headers.size());
    }

    /**
     * Parses the line {@code lineNo} of the file.
     *
     * @throws BusinessException naming the line: {@code funding.recon.line.quote} (unbalanced quotes),
     *                           {@code funding.recon.line.columns} (fewer fields than the header),
     *                           {@code funding.recon.line.date}, {@code funding.recon.line.amount},
     *                           {@code funding.recon.line.account}
     */
    public StatementLine parse(long lineNo, String raw) {
        List<String> f = fields(lineNo, raw);
        if (f.size() < width) {
            throw new BusinessException("funding.recon.line.columns", lineNo, width, f.size());
        }
        LocalDate date = day(lineNo, get(f, StatementColumn.DATE));
        BigDecimal amount = amount(lineNo, get(f, StatementColumn.AMOUNT));
        String account = get(f, StatementColumn.ACCOUNT).replaceAll("[\\s-]", "");
        if (!account.matches("\\d{6,40}")) {
            throw new BusinessException("funding.recon.line.account", lineNo, get(f, StatementColumn.ACCOUNT));
        }
        String reference = get(f, StatementColumn.REFERENCE);
        String summary = get(f, StatementColumn.SUMMARY);
        String counterparty = get(f, StatementColumn.COUNTERPARTY);
        if (!TextInput.isAcceptable(reference) || !TextInput.isAcceptable(summary) || !TextInput.isAcceptable(counterparty)) {
            throw new BusinessException("import.refusedCharacters", lineNo); // the one text rule (issue 19)
        }
        return new StatementLine(lineNo, date, reference, summary, counterparty, account, amount);
    }

    private String get(List<String> fields, StatementColumn c) {
        Integer i = index.get(c);
        return i == null || i >= fields.size() ? "" : TextInput.normalise(fields.get(i));
    }

    /**
     * An amount as banks print it: {@code 1,234.50}, {@code 1234.5}, {@code ¥1,234.50}, {@code -1,234.50}
     * (a debit: the sign is dropped, the statement lists money paid out). Thousands separators only in
     * groups of three; more than two decimals, zero, or above {@link Yuan#MAX} are refused.
     */
    public static BigDecimal amount(long lineNo, String text) {
        String t = text.replaceAll("[\\s¥￥]|RMB|CNY|元", "");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        if (!(GROUPED.matcher(t).matches() || PLAIN.matcher(t).matches())) {
            throw new BusinessException("funding.recon.line.amount", lineNo, text);
        }
        BigDecimal a = new BigDecimal(t.replace(",", "")).setScale(Yuan.SCALE);
        if (a.signum() == 0 || a.compareTo(Yuan.MAX) > 0) {
            throw new BusinessException("funding.recon.line.amount", lineNo, text);
        }
        return a;
    }

    /** A day as 2026-11-22, 2026/11/22, 2026.11.22, 2026年11月22日 or 20261122, a time after it ignored. */
    public static LocalDate day(long lineNo, String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space);
        }
        Matcher m = DAY.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DAY.matcher(t);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException impossible) {
                // reported below
            }
        }
        throw new BusinessException("funding.recon.line.date", lineNo, text);
    }

    /** The fields of one CSV line (RFC 4180 quoting: "a,b" and "" for a quote). */
    static List<String> fields(long lineNo, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else if (ch == '"') {
                throw new BusinessException("funding.recon.line.quote", lineNo);
            } else if (!(wasQuoted && Character.isWhitespace(ch))) {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new BusinessException("funding.recon.line.quote", lineNo);
        }
        out.add(cur.toString());
        return out;
    }
}
