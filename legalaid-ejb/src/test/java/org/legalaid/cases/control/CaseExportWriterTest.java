package org.legalaid.cases.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseExportWriterTest {

    @SafeVarargs
    private static byte[] csv(List<Object>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaseExportWriter w = CaseExportWriter.csv(out, List.of("案号", "受援人"))) {
            for (List<Object> r : rows) {
                w.row(r);
            }
        }
        return out.toByteArray();
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = csv(Arrays.asList("SN-2024-1", "张三"));
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("案号,受援人\r\nSN-2024-1,张三\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void quotesWhatRfc4180AsksAndReadsBackTheSameCells() throws IOException {
        List<Object> tricky = Arrays.asList("a,b", "say \"hi\"", "line\r\nbreak", null, LocalDate.of(2024, 3, 1));
        byte[] bytes = csv(tricky);
        try (CSVParser p = CSVParser.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180)) {
            List<CSVRecord> records = p.getRecords();
            assertEquals(List.of("a,b", "say \"hi\"", "line\r\nbreak", "", "2024-03-01"), records.get(1).toList());
        }
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertEquals("'=1+1", CaseExportWriter.Csv.defused("=1+1"));
        assertEquals("'+86", CaseExportWriter.Csv.defused("+86"));
        assertEquals("'-2", CaseExportWriter.Csv.defused("-2"));
        assertEquals("'@SUM(A1)", CaseExportWriter.Csv.defused("@SUM(A1)"));
        assertEquals("张三", CaseExportWriter.Csv.defused("张三"));
        assertEquals("", CaseExportWriter.Csv.defused(null));
    }
}
