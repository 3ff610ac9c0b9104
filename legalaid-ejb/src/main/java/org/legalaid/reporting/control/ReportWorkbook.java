package org.legalaid.reporting.control;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.legalaid.reporting.Figures;
import org.legalaid.reporting.SmallCounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A report as an .xlsx workbook (issue 17: "Excel and PDF for each report"): a few lines that say
 * which report it is (unit, report, period, version, who submitted it and when, the correction's
 * reason), then one row per figure with its label and its count. The file leaves the system, so a
 * count below the small-count threshold is written as "&lt;5" text; every other count is a number.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /**
     * @param title   the sheet's title line
     * @param about   label → value lines under the title
     * @param figures the figures
     * @param labels  figure name → its label (the name itself where none is given)
     * @param rule    the small-count rule
     */
    public static byte[] write(String title, List<Map.Entry<String, String>> about, Figures figures, Map<String, String> labels,
                               SmallCounts rule) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet sheet = wb.createSheet("报表");
            int r = 0;
            Row head = sheet.createRow(r++);
            head.createCell(0).setCellValue(title);
            head.getCell(0).setCellStyle(bold);
            for (Map.Entry<String, String> a : about) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.getKey());
                row.createCell(1).setCellValue(a.getValue() == null ? "" : a.getValue());
            }
            r++;
            Row columns = sheet.createRow(r++);
            columns.createCell(0).setCellValue("指标");
            columns.createCell(1).setCellValue("数量");
            columns.createCell(2).setCellValue("代码");
            for (int c = 0; c < 3; c++) {
                columns.getCell(c).setCellStyle(bold);
            }
            for (Map.Entry<String, Long> e : figures.asMap().entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(labels.getOrDefault(e.getKey(), e.getKey()));
                if (Figures.isAmount(e.getKey())) {
                    // an amount in yuan (kept in fen), names nobody: never suppressed
                    row.createCell(1).setCellValue(Figures.yuan(e.getValue()).doubleValue());
                } else if (rule.suppresses(e.getValue())) {
                    row.createCell(1).setCellValue(rule.show(e.getValue()));
                } else {
                    row.createCell(1).setCellValue(e.getValue());
                }
                row.createCell(2).setCellValue(e.getKey());
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 44 * 256);
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
