package org.legalaid.cases.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.legalaid.cases.LegacyColumn;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.TextInput;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a legacy case file: CSV (RFC 4180, Apache Commons CSV) with a header line naming the
 * {@link LegacyColumn}s. The file may be UTF-8 (with or without the BOM Excel writes) or GB18030 /
 * GBK, which Excel uses for "CSV" on Chinese Windows; anything that is neither is refused.
 */
public final class LegacyCsvReader {

    /** The largest file read (10 MB, some 50,000 rows). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most rows in one file. */
    public static final int MAX_ROWS = 50_000;

    /** A data row and its line number in the file (the header is line 1). */
    public record Row(long line, Map<LegacyColumn, String> values) {
    }

    private LegacyCsvReader() {
    }

    /**
     * The rows of a file.
     *
     * @throws BusinessException {@code cases.import.empty}, {@code cases.import.tooLarge},
     *                           {@code cases.import.encoding}, {@code cases.import.notCsv},
     *                           {@code cases.import.missingColumns} (the required headers missing),
     *                           {@code cases.import.tooManyRows}
     */
    public static List<Row> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("cases.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("cases.import.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String text = decode(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<LegacyColumn, String> headers = new EnumMap<>(LegacyColumn.class);
            for (String h : parser.getHeaderNames()) {
                LegacyColumn.ofHeader(h).ifPresent(c -> headers.putIfAbsent(c, h));
            }
            Set<LegacyColumn> missing = EnumSet.noneOf(LegacyColumn.class);
            for (LegacyColumn c : LegacyColumn.values()) {
                if (c.isRequired() && !headers.containsKey(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new BusinessException("cases.import.missingColumns",
                        String.join("、", missing.stream().map(LegacyColumn::chinese).toList()));
            }
            List<Row> rows = new ArrayList<>();
            long line = 1;
            int scanned = 0;
            for (CSVRecord r : parser) {
                // the line the record starts on: count the line breaks before its first character
                // (the parser's position may point at empty lines it skipped before the record)
                int start = (int) r.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                    start++;
                }
                for (; scanned < start && scanned < text.length(); scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                if (rows.size() == MAX_ROWS) {
                    throw new BusinessException("cases.import.tooManyRows", String.valueOf(MAX_ROWS));
                }
                Map<LegacyColumn, String> values = new EnumMap<>(LegacyColumn.class);
                long lineOfRecord = line;
                headers.forEach((column, header) -> {
                    if (r.isMapped(header) && r.isSet(header)) {
                        // the one text rule of every door (issue 19): NFC, invisible characters dropped, trimmed
                        String value = TextInput.normalise(r.get(header));
                        if (!TextInput.isAcceptable(value)) {
                            throw new BusinessException("import.refusedCharacters", lineOfRecord);
                        }
                        values.put(column, value);
                    }
                });
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            throw new BusinessException("cases.import.notCsv");
        }
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
            } catch (CharacterCodingException notThis) {
                // try the next
            }
        }
        throw new BusinessException("cases.import.encoding");
    }
}
