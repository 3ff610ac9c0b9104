package org.legalaid.lawyers.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.lawyers.FirmQuotaLine;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.QuotaReduction;
import org.legalaid.lawyers.ReductionReason;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The quota report workbook (LAL art. 60): Chinese headings, one sheet of lawyers and one of firms, numbers as numbers")
class QuotaWorkbookTest {

    @Test
    void writesEachFigureAsANumberUnderItsChineseHeading() throws Exception {
        QuotaProgress p = QuotaProgress.of(new BigDecimal("6"), List.of(new QuotaReduction(ReductionReason.ILLNESS,
                new BigDecimal("1"), null)), 3, 2, new BigDecimal("0.75"));
        byte[] xlsx = QuotaWorkbook.write(2026, List.of(new LawyerQuotaLine(7, "张律师", 3, "青岛甲律师事务所", LawyerStatus.ACTIVE, p)),
                List.of(new FirmQuotaLine(3, "青岛甲律师事务所", p)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet lawyers = wb.getSheet("律师");
            assertEquals(List.of("律师", "律所", "义务量", "核减", "指派", "办结", "折算", "剩余", "完成率"), texts(lawyers.getRow(0)));
            Row row = lawyers.getRow(1);
            assertEquals("张律师", row.getCell(0).getStringCellValue());
            // quota 6 − 1 = 5; counted 3 + 0.75 = 3.75; remaining 1.25; 3.75 / 5 = 0.75
            double[] expected = {6, 1, 3, 2, 0.75, 1.25, 0.75};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], row.getCell(2 + i).getNumericCellValue(), "column " + (2 + i));
            }
            Sheet firms = wb.getSheet("律所");
            assertEquals(List.of("律所", "义务量", "核减", "指派", "办结", "折算", "剩余", "完成率"), texts(firms.getRow(0)));
            assertEquals(0.75, firms.getRow(1).getCell(7).getNumericCellValue());
        }
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
