package org.legalaid.lawyers.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.legalaid.lawyers.FirmQuotaLine;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.QuotaProgress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The year's quota report as an .xlsx workbook, for the justice bureau and the bar association
 * (LAL art. 60: they assess how lawyers fulfil their legal aid duty; issue 4 asks for the report
 * exported to Excel). One sheet of lawyers and one of firms, the headings in Chinese, every figure
 * a number cell (cases with two decimals, the fulfilment as a percentage) so that the bureau can
 * sum and sort it. Written with POI's streaming workbook, which keeps only a window of rows in
 * memory, so a pool of 10,000 lawyers costs little heap.
 */
public final class QuotaWorkbook {

    /** Sheet names, also read back by tests. */
    public static final String LAWYERS_SHEET = "律师";
    public static final String FIRMS_SHEET = "律所";

    static final String[] FIGURES = {"义务量", "核减", "指派", "办结", "折算", "剩余", "完成率"};

    private QuotaWorkbook() {
    }

    public static byte[] write(int year, List<LawyerQuotaLine> lawyers, List<FirmQuotaLine> firms) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            Sheet ls = wb.createSheet(LAWYERS_SHEET);
            header(ls, styles, "律师", "律所");
            int r = 1;
            for (LawyerQuotaLine l : lawyers) {
                Row row = ls.createRow(r++);
                row.createCell(0).setCellValue(l.name());
                row.createCell(1).setCellValue(l.firmName());
                figures(row, 2, l.progress(), styles);
            }
            widths(ls, 2);
            Sheet fs = wb.createSheet(FIRMS_SHEET);
            header(fs, styles, "律所");
            r = 1;
            for (FirmQuotaLine f : firms) {
                Row row = fs.createRow(r++);
                row.createCell(0).setCellValue(f.name());
                figures(row, 1, f.progress(), styles);
            }
            widths(fs, 1);
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(year + "年度法律援助义务量完成情况");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, Styles styles, String... first) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String h : first) {
            cell(row, c++, h, styles.header);
        }
        for (String h : FIGURES) {
            cell(row, c++, h, styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void figures(Row row, int c, QuotaProgress p, Styles styles) {
        number(row, c, p.baseQuota().doubleValue(), styles.cases);
        number(row, c + 1, p.reduced().doubleValue(), styles.cases);
        number(row, c + 2, p.assigned(), styles.whole);
        number(row, c + 3, p.completed(), styles.whole);
        number(row, c + 4, p.credited().doubleValue(), styles.cases);
        number(row, c + 5, p.remaining().doubleValue(), styles.cases);
        number(row, c + 6, p.fulfilment().doubleValue(), styles.percent);
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int nameColumns) {
        for (int c = 0; c < nameColumns; c++) {
            sheet.setColumnWidth(c, 30 * 256);
        }
        for (int c = nameColumns; c < nameColumns + FIGURES.length; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle cases;
        final CellStyle whole;
        final CellStyle percent;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            cases = wb.createCellStyle();
            cases.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            whole = wb.createCellStyle();
            whole.setDataFormat(wb.createDataFormat().getFormat("0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }
    }
}
