package org.legalaid.funding.recon;

import org.legalaid.shared.BusinessException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement file as uploaded: its text in the declared (or found) encoding and its lines with their
 * numbers. A file that is not what it is declared to be is refused with the line where it breaks —
 * a GBK file declared as UTF-8 would otherwise be read as replacement characters (�) and match nothing.
 */
public final class StatementFile {

    /** GBK's superset; decodes everything GBK does. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** A line of the file with its number (the header is line 1). */
    public record NumberedLine(long lineNo, String text) {
    }

    private final String charset;
    private final List<NumberedLine> lines;

    private StatementFile(String charset, List<NumberedLine> lines) {
        this.charset = charset;
        this.lines = lines;
    }

    /**
     * Reads a file of at most {@code maxBytes}.
     *
     * @throws BusinessException {@code funding.recon.empty}; {@code funding.recon.tooLarge} (the limit in MB);
     *                           {@code funding.recon.notUtf8} (line) for a file declared UTF-8 that is not;
     *                           {@code funding.recon.notGbk} (line); {@code funding.recon.encoding} when
     *                           neither fits; {@code funding.recon.replacement} (line) for text that
     *                           already holds replacement characters (converted with losses before upload)
     */
    public static StatementFile read(byte[] content, StatementEncoding declared, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BusinessException("funding.recon.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("funding.recon.tooLarge", maxBytes / 1024 / 1024, (long) content.length / 1024 / 1024);
        }
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        ByteBuffer bytes = ByteBuffer.wrap(content, bom ? 3 : 0, content.length - (bom ? 3 : 0));
        String text;
        String charset;
        StatementEncoding effective = declared == StatementEncoding.AUTO && bom ? StatementEncoding.UTF_8 : declared;
        switch (effective) {
            case UTF_8 -> {
                text = decodeOrReport(bytes, StandardCharsets.UTF_8, content, "funding.recon.notUtf8");
                charset = "UTF-8";
            }
            case GBK -> {
                text = decodeOrReport(bytes, GB18030, content, "funding.recon.notGbk");
                charset = "GBK";
            }
            default -> {
                String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
                if (utf8 != null) {
                    text = utf8;
                    charset = "UTF-8";
                } else {
                    text = tryDecode(bytes, GB18030);
                    charset = "GBK";
                    if (text == null) {
                        throw new BusinessException("funding.recon.encoding");
                    }
                }
            }
        }
        List<NumberedLine> lines = new ArrayList<>();
        long n = 0;
        for (String line : text.split("\r\n|\n|\r", -1)) {
            n++;
            if (line.indexOf('\uFFFD') >= 0) {
                throw new BusinessException("funding.recon.replacement", n);
            }
            if (!line.isBlank()) {
                lines.add(new NumberedLine(n, line));
            }
        }
        if (lines.size() < 2) {
            throw new BusinessException("funding.recon.noLines");
        }
        return new StatementFile(charset, List.copyOf(lines));
    }

    private static String tryDecode(ByteBuffer bytes, Charset cs) {
        try {
            return strict(cs).decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException notThis) {
            return null;
        }
    }

    private static String decodeOrReport(ByteBuffer bytes, Charset cs, byte[] content, String key) {
        CharsetDecoder d = strict(cs);
        ByteBuffer in = bytes.duplicate();
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        var result = d.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BusinessException(key, line);
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The header line. */
    public NumberedLine header() {
        return lines.get(0);
    }

    /** The transaction lines (blank lines left out), in file order. */
    public List<NumberedLine> transactions() {
        return lines.subList(1, lines.size());
    }

    /** "UTF-8" or "GBK". */
    public String charset() {
        return charset;
    }

    /**
     * Parses every line, refusing the file at the first that cannot be read (nothing of a bad file is
     * staged).
     */
    public List<StatementLine> parseAll() {
        StatementLayout layout = StatementLayout.of(header().text());
        List<StatementLine> out = new ArrayList<>(transactions().size());
        for (NumberedLine l : transactions()) {
            out.add(layout.parse(l.lineNo(), l.text()));
        }
        return out;
    }
}
