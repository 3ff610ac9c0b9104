package org.legalaid.complaints.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.legalaid.complaints.AnnualReport;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.RespondentType;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The annual complaint report (MoJ order 149 art. 28) written out: an .xlsx workbook for the bureau to
 * sum and sort (every figure a number cell) and the official document the shared PDF renderer draws.
 * Both in Chinese, with the labels of the Chinese bundle the caller passes.
 */
public final class ComplaintReportWriter {

    /** Sheet names, also read back by tests. */
    public static final String SUMMARY_SHEET = "概况";
    public static final String UNITS_SHEET = "分单位";

    private ComplaintReportWriter() {
    }

    private static String text(ResourceBundle labels, String key) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String title(AnnualReport r, String unitName) {
        return unitName + r.year() + "年度法律援助投诉处理情况报告";
    }

    public static byte[] workbook(AnnualReport r, String unitName, Map<Long, String> unitNames, ResourceBundle labels) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle days = wb.createCellStyle();
            days.setDataFormat(wb.createDataFormat().getFormat("0.0"));

            Sheet s = wb.createSheet(SUMMARY_SHEET);
            int[] row = {0};
            line(s, row, header, title(r, unitName));
            row[0]++;
            line(s, row, header, "总体情况", "数值");
            number(s, row, "收到投诉（件）", r.received(), null);
            number(s, row, "作出处理决定（件）", r.decided(), null);
            number(s, row, "其中按期办结（件）", r.decidedInTime(), null);
            decimal(s, row, "按期办结率", r.inTimeShare(), percent);
            decimal(s, row, "办理天数中位数（自受理之日起）", r.medianDays(), days);
            decimal(s, row, "办理天数平均数（自受理之日起）", r.meanDays(), days);
            row[0]++;
            line(s, row, header, "按投诉事项（第七条）", "收到（件）");
            for (Map.Entry<ComplaintGround, Long> e : r.byGround().entrySet()) {
                number(s, row, text(labels, e.getKey().labelKey()), e.getValue(), null);
            }
            row[0]++;
            line(s, row, header, "按被投诉人类型", "收到（件）");
            for (Map.Entry<RespondentType, Long> e : r.byRespondent().entrySet()) {
                number(s, row, text(labels, e.getKey().labelKey()), e.getValue(), null);
            }
            row[0]++;
            line(s, row, header, "按处理结果（第二十二条）", "决定（件）");
            for (Map.Entry<ComplaintOutcome, Long> e : r.byOutcome().entrySet()) {
                number(s, row, text(labels, e.getKey().labelKey()), e.getValue(), null);
            }
            s.setColumnWidth(0, 40 * 256);
            s.setColumnWidth(1, 12 * 256);

            Sheet u = wb.createSheet(UNITS_SHEET);
            int[] ur = {0};
            line(u, ur, header, "单位", "收到（件）", "决定（件）", "按期办结（件）");
            for (AnnualReport.UnitLine l : r.units().values()) {
                Row x = u.createRow(ur[0]++);
                x.createCell(0).setCellValue(unitNames.getOrDefault(l.unitId(), String.valueOf(l.unitId())));
                x.createCell(1).setCellValue(l.received());
                x.createCell(2).setCellValue(l.decided());
                x.createCell(3).setCellValue(l.decidedInTime());
            }
            u.setColumnWidth(0, 30 * 256);
            for (int c = 1; c < 4; c++) {
                u.setColumnWidth(c, 14 * 256);
            }
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title(r, unitName));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Sheet s, int[] row, CellStyle style, String... texts) {
        Row r = s.createRow(row[0]++);
        for (int i = 0; i < texts.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(texts[i]);
            c.setCellStyle(style);
        }
    }

    private static void number(Sheet s, int[] row, String label, long value, CellStyle style) {
        Row r = s.createRow(row[0]++);
        r.createCell(0).setCellValue(label);
        Cell c = r.createCell(1);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void decimal(Sheet s, int[] row, String label, BigDecimal value, CellStyle style) {
        Row r = s.createRow(row[0]++);
        r.createCell(0).setCellValue(label);
        Cell c = r.createCell(1);
        if (value == null) {
            c.setCellValue("—");
        } else {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        }
    }

    private static String share(BigDecimal s) {
        return s == null ? "—" : s.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String days(BigDecimal d) {
        return d == null ? "—" : d.toPlainString() + "天";
    }

    /** 年度投诉处理情况报告 (art. 28) as an official document of the reporting unit. */
    public static OfficialDocumentContent document(AnnualReport r, String unitName, Map<Long, String> unitNames,
                                                   ResourceBundle labels, LocalDate today) {
        OfficialDocumentContent.Builder doc = OfficialDocumentContent.builder().issuingOrgan(unitName).title(title(r, unitName))
                .paragraph("根据《法律援助投诉处理办法》第二十八条，现将" + unitName + "及所属单位" + r.year() + "年度投诉处理情况报告如下。")
                .heading("一、总体情况")
                .field("收到投诉", r.received() + "件")
                .field("作出处理决定", r.decided() + "件，其中按期办结" + r.decidedInTime() + "件")
                .field("按期办结率", share(r.inTimeShare()))
                .field("办理天数（自受理之日起）", "中位数" + days(r.medianDays()) + "，平均" + days(r.meanDays()))
                .heading("二、按投诉事项");
        r.byGround().forEach((g, n) -> doc.field(text(labels, g.labelKey()), n + "件"));
        doc.heading("三、按被投诉人类型");
        r.byRespondent().forEach((t, n) -> doc.field(text(labels, t.labelKey()), n + "件"));
        doc.heading("四、按处理结果");
        r.byOutcome().forEach((o, n) -> doc.field(text(labels, o.labelKey()), n + "件"));
        doc.heading("五、分单位情况");
        for (AnnualReport.UnitLine l : r.units().values()) {
            doc.field(unitNames.getOrDefault(l.unitId(), String.valueOf(l.unitId())),
                    "收到" + l.received() + "件，决定" + l.decided() + "件，按期办结" + l.decidedInTime() + "件");
        }
        return doc.signature(unitName, today).build();
    }
}
