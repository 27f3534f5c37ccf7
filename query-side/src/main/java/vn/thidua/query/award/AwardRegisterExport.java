package vn.thidua.query.award;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.thidua.api.award.AwardRegisterEntry;

/**
 * The register as a file: CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Vietnamese correctly) or
 * XLSX (written through a window of rows, the rest flushed to a temporary file). Both have the columns of the JSON.
 */
@Component
class AwardRegisterExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int ROWS_IN_MEMORY = 100;

    private record Column(String name, Function<AwardRegisterEntry, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("decisionNumber", AwardRegisterEntry::decisionNumber),
            new Column("decisionDate", AwardRegisterEntry::decisionDate),
            new Column("decidingUnit", AwardRegisterEntry::decidingUnit),
            new Column("decidingUnitName", AwardRegisterEntry::decidingUnitName),
            new Column("year", AwardRegisterEntry::year),
            new Column("awardType", AwardRegisterEntry::awardType),
            new Column("participantKind", AwardRegisterEntry::participantKind),
            new Column("personId", AwardRegisterEntry::personId),
            new Column("personName", AwardRegisterEntry::personName),
            new Column("unitId", AwardRegisterEntry::unitId),
            new Column("unitName", AwardRegisterEntry::unitName),
            new Column("campaignId", AwardRegisterEntry::campaignId),
            new Column("ruleSetVersion", AwardRegisterEntry::ruleSetVersion),
            new Column("revoked", AwardRegisterEntry::revoked),
            new Column("revocationReason", AwardRegisterEntry::revocationReason),
            new Column("revokedAt", AwardRegisterEntry::revokedAt),
            new Column("decisionId", AwardRegisterEntry::decisionId),
            new Column("grantId", AwardRegisterEntry::grantId));

    private final AwardRegisterRows rows;

    AwardRegisterExport(AwardRegisterRows rows) {
        this.rows = rows;
    }

    void csv(AwardRegisterRows.Filter filter, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        try {
            csvLine(writer, COLUMNS.stream().map(Column::name).toList());
            rows.forEach(filter, entry -> csvLine(writer,
                    COLUMNS.stream().map(c -> neutralised(text(c.value().apply(entry)))).toList()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /** Closing the workbook also deletes its temporary files (SXSSFWorkbook.close disposes, POI 5). */
    void xlsx(AwardRegisterRows.Filter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Sổ khen thưởng");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i).name());
                cell.setCellStyle(bold);
            }
            rows.forEach(filter, entry -> {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = COLUMNS.get(i).value().apply(entry);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage
     * return as a formula, and names are typed in by users. Such a cell gets a leading {@code '}, which Excel and
     * LibreOffice show as text. XLSX needs none of this: its cells are written as typed strings, never formulas.
     */
    private static String neutralised(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF. */
    private static void csvLine(Writer writer, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                String field = fields.get(i);
                if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0) {
                    writer.write('"');
                    writer.write(field.replace("\"", "\"\""));
                    writer.write('"');
                } else {
                    writer.write(field);
                }
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
