package org.legalaid.funding.recon;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Statement file: encodings, the header, amounts and days as banks print them, bad lines named by number")
class StatementFileTest {

    private static final String CSV = """
            交易日期,参考号,摘要,对方户名,对方账号,金额,余额
            2026-11-20,FA0000000120,法律援助办案补贴,山东明理律师事务所,3803 0201 0900 0012,"1,234.50","98,765.50"
            2026/11/21,,代发 FA0000000121,"青岛""海""律所",380302010900001,1900,0
            
            2026年11月22日,X1,,某公司,6222000011112222,-￥88.00,0
            """;

    private static final long MB = 1024 * 1024;

    private static Object[] args(Runnable r, String key) {
        BusinessException e = assertThrows(BusinessException.class, r::run);
        assertEquals(key, e.messageKey());
        return e.arguments();
    }

    @Test
    @DisplayName("UTF-8 without BOM: amounts with thousands separators, quoted fields, three ways of writing the day, blank lines skipped with their numbers kept")
    void readsUtf8() {
        List<StatementLine> lines = StatementFile.read(CSV.getBytes(StandardCharsets.UTF_8), StatementEncoding.AUTO, MB).parseAll();
        assertEquals(3, lines.size());
        StatementLine first = lines.get(0);
        assertEquals(2, first.lineNo());
        assertEquals(LocalDate.of(2026, 11, 20), first.date());
        assertEquals(new BigDecimal("1234.50"), first.amount());
        assertEquals("3803020109000012", first.accountNo(), "spaces in the account are dropped");
        assertEquals("FA0000000120", first.paymentReference().orElseThrow());
        assertEquals("FA0000000121", lines.get(1).paymentReference().orElseThrow(), "a reference in the summary is found too");
        assertEquals("青岛\"海\"律所", lines.get(1).counterparty());
        assertEquals(new BigDecimal("1900.00"), lines.get(1).amount());
        assertEquals(5, lines.get(2).lineNo(), "the blank line 4 is skipped, numbers stay those of the file");
        assertEquals(LocalDate.of(2026, 11, 22), lines.get(2).date());
        assertEquals(new BigDecimal("88.00"), lines.get(2).amount(), "a debit's sign and the yuan sign are dropped");
    }

    @Test
    @DisplayName("UTF-8 with the BOM and GBK (found or declared) read the same lines")
    void readsBomAndGbk() {
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gbk = CSV.getBytes(StatementFile.GB18030);
        List<StatementLine> expected = StatementFile.read(utf8, StatementEncoding.AUTO, MB).parseAll();
        StatementFile withBom = StatementFile.read(bom, StatementEncoding.AUTO, MB);
        assertEquals(expected, withBom.parseAll());
        StatementFile found = StatementFile.read(gbk, StatementEncoding.AUTO, MB);
        assertEquals("GBK", found.charset());
        assertEquals(expected, found.parseAll());
        assertEquals(expected, StatementFile.read(gbk, StatementEncoding.GBK, MB).parseAll());
    }

    @Test
    @DisplayName("a GBK file declared as UTF-8 is refused naming the first line that is not UTF-8; text already holding replacement characters too")
    void refusesGbkDeclaredUtf8() {
        byte[] gbk = CSV.getBytes(StatementFile.GB18030);
        assertArrayEquals(new Object[]{1L}, args(() -> StatementFile.read(gbk, StatementEncoding.UTF_8, MB), "funding.recon.notUtf8"));
        String lossy = CSV.replace("山东明理", "\uFFFD\uFFFD明理");
        assertArrayEquals(new Object[]{2L}, args(() -> StatementFile.read(lossy.getBytes(StandardCharsets.UTF_8),
                StatementEncoding.AUTO, MB), "funding.recon.replacement"));
    }

    @Test
    @DisplayName("a file above the limit is refused with the limit; an empty one and one without lines too")
    void refusesLargeAndEmpty() {
        byte[] big = new byte[(int) (2 * MB) + 10];
        assertArrayEquals(new Object[]{2L, 2L}, args(() -> StatementFile.read(big, StatementEncoding.AUTO, 2 * MB), "funding.recon.tooLarge"));
        args(() -> StatementFile.read(new byte[0], StatementEncoding.AUTO, MB), "funding.recon.empty");
        args(() -> StatementFile.read("交易日期,对方账号,金额\n".getBytes(StandardCharsets.UTF_8), StatementEncoding.AUTO, MB),
                "funding.recon.noLines");
    }

    @Test
    @DisplayName("bad lines are refused with their line number: unreadable amount or day, missing columns, unbalanced quote, missing header columns")
    void badLinesNamed() {
        String head = "交易日期,参考号,对方账号,金额\n2026-11-20,FA0000000120,380302010900001,100.00\n";
        assertArrayEquals(new Object[]{3L, "1,23.50"}, args(() -> parse(head + "2026-11-20,,380302010900001,\"1,23.50\"\n"),
                "funding.recon.line.amount"));
        args(() -> parse(head + "2026-11-20,,380302010900001,12345678901234567890\n"), "funding.recon.line.amount");
        args(() -> parse(head + "2026-11-20,,380302010900001,0.00\n"), "funding.recon.line.amount");
        args(() -> parse(head + "2026-11-20,,380302010900001,1.234\n"), "funding.recon.line.amount");
        assertArrayEquals(new Object[]{3L, "2026-02-30"}, args(() -> parse(head + "2026-02-30,,380302010900001,1.00\n"),
                "funding.recon.line.date"));
        assertArrayEquals(new Object[]{3L, 4, 2}, args(() -> parse(head + "2026-11-20,FA1\n"), "funding.recon.line.columns"));
        assertArrayEquals(new Object[]{3L}, args(() -> parse(head + "2026-11-20,\"FA1,380302010900001,1.00\n"),
                "funding.recon.line.quote"));
        args(() -> parse(head + "2026-11-20,,账号,1.00\n"), "funding.recon.line.account");
        assertArrayEquals(new Object[]{"对方账号"}, args(() -> parse("交易日期,金额\n2026-11-20,1.00\n"), "funding.recon.missingColumns"));
    }

    private static void parse(String csv) {
        StatementFile.read(csv.getBytes(StandardCharsets.UTF_8), StatementEncoding.AUTO, MB).parseAll();
    }
}
