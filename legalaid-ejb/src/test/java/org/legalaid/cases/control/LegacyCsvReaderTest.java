package org.legalaid.cases.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.cases.LegacyColumn;
import org.legalaid.shared.BusinessException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading legacy case files as Chinese offices save them. */
class LegacyCsvReaderTest {

    private static final String FILE = "案号,受援人,案件类型,状态,申请日期,指派日期,备注\r\n"
            + "A-1,张秀英,民事,办理中,2019-03-01,2019-03-08,\"含,逗号\"\r\n"
            + "\r\n"
            + "A-2,\"李\"\"四\",刑事,已终止,2019-04-01,2019-04-03,\r\n";

    @Test
    @DisplayName("UTF-8 with Excel's BOM: columns by header, quoted fields, empty lines skipped, line numbers as in the file")
    void utf8WithBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = FILE.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(text, 0, content, 3, text.length);
        List<LegacyCsvReader.Row> rows = LegacyCsvReader.read(content);
        assertEquals(2, rows.size());
        assertEquals("张秀英", rows.get(0).values().get(LegacyColumn.CLIENT_NAME));
        assertEquals(2, rows.get(0).line());
        assertEquals("李\"四", rows.get(1).values().get(LegacyColumn.CLIENT_NAME));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    @DisplayName("GBK, as Excel saves CSV on Chinese Windows")
    void gbk() {
        List<LegacyCsvReader.Row> rows = LegacyCsvReader.read(FILE.getBytes(Charset.forName("GBK")));
        assertEquals("刑事", rows.get(1).values().get(LegacyColumn.MATTER_TYPE));
    }

    @Test
    @DisplayName("a file without the required columns is refused naming them; an empty file too")
    void missingColumns() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> LegacyCsvReader.read("案号,受援人\nA-1,张三\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("cases.import.missingColumns", e.messageKey());
        assertEquals("案件类型、状态、申请日期、指派日期", e.arguments()[0]);
        assertEquals("cases.import.empty", assertThrows(BusinessException.class, () -> LegacyCsvReader.read(new byte[0])).messageKey());
    }

    @Test
    @DisplayName("a file over 10 MB is refused before it is parsed")
    void tooLarge() {
        assertEquals("cases.import.tooLarge", assertThrows(BusinessException.class,
                () -> LegacyCsvReader.read(new byte[LegacyCsvReader.MAX_BYTES + 1])).messageKey());
    }
}
