package vn.thidua.query.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.api.report.PhaseReport;
import vn.thidua.query.report.ReportTables.Table;

/**
 * The report as bytes, the same bytes for the same report: JSON of the report records; CSV (RFC 4180, UTF-8 with a
 * byte-order mark for Excel) of its tables one after another, each under its own header line whose first cell is
 * {@code section}; XLSX with a sheet per table, its dates fixed and its zip entries re-stamped, since POI stamps
 * both with the time of writing.
 */
@Component
public class PhaseReportFiles {

    public enum Format {
        JSON("application/json"),
        CSV("text/csv;charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** When neither the request nor the window names an instant, the workbook is dated by this one. */
    private static final Instant FIXED = Instant.parse("2000-01-01T00:00:00Z");
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final JsonMapper json;

    PhaseReportFiles(JsonMapper json) {
        this.json = json;
    }

    public byte[] render(PhaseReport report, Format format) {
        return switch (format) {
            case JSON -> json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
            case CSV -> csv(report);
            case XLSX -> xlsx(report);
        };
    }

    private static byte[] csv(PhaseReport report) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        for (Table table : ReportTables.of(report)) {
            csvLine(out, "section", table.columns());
            for (List<Object> row : table.rows()) {
                csvLine(out, table.name(), row.stream().map(PhaseReportFiles::text).toList());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder out, String first, List<String> fields) {
        field(out, first);
        for (String field : fields) {
            out.append(',');
            field(out, field);
        }
        out.append("\r\n");
    }

    private static void field(StringBuilder out, String field) {
        if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            out.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
            out.append(field);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static byte[] xlsx(PhaseReport report) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Instant dated = report.parameters().asOf() != null ? report.parameters().asOf()
                    : report.parameters().windowEnd() != null ? report.parameters().windowEnd() : FIXED;
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(dated)));
            core.setModified(Optional.of(Date.from(dated)));
            core.setCreator("thidua");
            core.setTitle("Phase report " + report.parameters().campaignId());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : ReportTables.of(report)) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(table.columns().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        cell(row, i, values.get(i));
                    }
                }
            }
            workbook.write(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return restamped(written.toByteArray());
    }

    private static void cell(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Long number) {
            cell.setCellValue(number);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The same entries in the same order, each stamped with a fixed local time (no extended timestamp field). */
    private static byte[] restamped(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_TIME);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
