package org.legalaid.cases.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the exported case list row by row: CSV (UTF-8 with a byte-order mark, so that Excel
 * opens the Chinese text correctly; RFC 4180, written by Commons CSV; a cell that a spreadsheet would take for
 * a formula is prefixed with an apostrophe) or an .xlsx workbook written with POI's streaming
 * workbook (a window of rows in memory, the rest on disk until the end).
 */
public abstract sealed class CaseExportWriter implements AutoCloseable {

    /** The most rows one sheet holds (Excel's limit, heading excluded). */
    public static final int XLSX_MAX_ROWS = 1_048_575;

    /** One cell: text, or a date (null for an empty cell). */
    public abstract void row(List<Object> cells);

    @Override
    public abstract void close();

    public static CaseExportWriter csv(OutputStream out, List<String> headers) {
        return new Csv(out, headers);
    }

    public static CaseExportWriter xlsx(OutputStream out, String sheetName, List<String> headers) {
        return new Xlsx(out, sheetName, headers);
    }

    static final class Csv extends CaseExportWriter {
        /** RFC 4180: commas, CRLF after each row, a cell quoted only when it must be. */
        private static final CSVFormat FORMAT = CSVFormat.RFC4180;

        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> headers) {
            try {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024), FORMAT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            row(List.copyOf(headers));
        }

        @Override
        public void row(List<Object> cells) {
            try {
                for (Object cell : cells) {
                    printer.print(defused(cell));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The cell's text, with an apostrophe before a leading {@code = + - @}, which a spreadsheet
         * would run as a formula (CSV injection); an empty cell for {@code null}.
         */
        static String defused(Object value) {
            if (value == null) {
                return "";
            }
            String s = value.toString();
            return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class Xlsx extends CaseExportWriter {
        private final OutputStream out;
        private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final CellStyle dateStyle;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<String> headers) {
            this.out = out;
            sheet = wb.createSheet(sheetName);
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row r = sheet.createRow(next++);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<Object> cells) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                if (v instanceof LocalDate d) {
                    Cell c = r.createCell(i);
                    c.setCellValue(d);
                    c.setCellStyle(dateStyle);
                } else if (v != null) {
                    r.createCell(i).setCellValue(v.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                wb.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                wb.dispose();
                try {
                    wb.close();
                } catch (IOException e) {
                    // the temporary files are gone (dispose); nothing else to release
                }
            }
        }
    }
}
