package vn.thidua.command.campaign;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * A file of registrations as a spreadsheet exports it (RFC 4180 CSV, UTF-8, with or without Excel's byte order mark;
 * columns separated by commas, or by semicolons as Excel writes them under Vietnamese regional settings), read into
 * the rows of one {@code RegisterParticipants} (C4). The first row names the columns, in any order and any case:
 * {@code kind}, {@code unitId}, {@code personId} and {@code commitments} are required, {@code registrationId} may be
 * left out or blank, and then the id is derived from the campaign and the participant, so the same file sent twice is
 * refused row by row by C4 instead of registering anyone twice. A cell holds several commitments separated by
 * {@code ;}. Blank rows are skipped. Anything else that is not a registration (a column not named here, a row of
 * another width, an unknown kind, an invalid id, a file that is not UTF-8) refuses the whole file with a {@link
 * MalformedFile} naming the line, so nothing in the file goes unread.
 */
final class RegistrationCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String COMMITMENT_SEPARATOR = ";";
    static final String REGISTRATION_ID = "registrationId";
    static final List<String> COLUMNS = List.of(REGISTRATION_ID, "kind", "unitId", "personId", "commitments");

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A file that is not a list of registrations: HTTP 400, naming the line (1 is the header) and the fault. */
    static final class MalformedFile extends IllegalArgumentException {

        private final int line;

        MalformedFile(int line, String fault) {
            super("line " + line + ": " + fault);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private RegistrationCsv() {
    }

    /**
     * The rows of the file in file order; a {@link MalformedFile} if any line is not a registration.
     *
     * @param charset the charset the request names, if any: only UTF-8 is read
     */
    static List<RegistrationRow> read(CampaignId campaignId, String charset, byte[] file) {
        String named = charset == null ? null : charset.replace("\"", "").strip();
        if (named != null && !named.equalsIgnoreCase("UTF-8") && !named.equalsIgnoreCase("UTF8")) {
            throw new MalformedFile(1, "the file is sent as " + named + "; only UTF-8 is read (send it as"
                    + " text/csv;charset=UTF-8, saved as \"CSV UTF-8\")");
        }
        List<Line> lines = lines(text(file == null ? new byte[0] : file)).stream()
                .filter(line -> !line.blank())
                .toList();
        if (lines.isEmpty()) {
            throw new MalformedFile(1, "the file is empty; it needs a header row naming the columns "
                    + String.join(", ", COLUMNS) + ", then one row per registration");
        }
        Line header = lines.get(0);
        Map<String, Integer> columns = columns(header);
        if (lines.size() == 1) {
            throw new MalformedFile(header.number() + 1, "no registration follows the header");
        }
        List<RegistrationRow> rows = new ArrayList<>(lines.size() - 1);
        for (Line line : lines.subList(1, lines.size())) {
            rows.add(row(campaignId, line, columns));
        }
        return rows;
    }

    /**
     * The id of a registration the file gives none: a name-based UUID of the campaign and the participant (a unit,
     * or a person whatever unit is given), the same for every file that names them.
     */
    static RegistrationId derivedId(CampaignId campaignId, Participant participant) {
        String name = "thidua:registration:" + campaignId.value() + ":" + participant.key();
        return new RegistrationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** UTF-8 decoded strictly, so a file saved in a legacy code page is refused rather than read garbled. */
    private static String text(byte[] file) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedFile(lineOfByte(file, in.position()), "the file is not UTF-8 text; save it as"
                    + " \"CSV UTF-8 (Comma delimited)\" in Excel or with the character set UTF-8 in LibreOffice");
        }
        utf8.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static int lineOfByte(byte[] file, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (file[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Every record of the file with the line it starts on (a quoted cell may span lines). Columns are separated by
     * commas, or by semicolons when the header holds semicolons and no comma: Excel writes its "CSV" with the list
     * separator of the computer's regional settings, which is a semicolon where the decimal mark is a comma, as in
     * Vietnamese settings. A cell holding several commitments is then quoted, as Excel quotes it.
     */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 1;
        CsvSchema columns = CsvSchema.emptySchema().withColumnSeparator(separator(text));
        try (JsonParser csv = CSV.reader().with(columns).createParser(text)) {
            List<String> cells = null;
            for (JsonToken token = csv.nextToken(); token != null; token = csv.nextToken()) {
                switch (token) {
                    case START_ARRAY -> {
                        start = csv.currentLocation().getLineNr();
                        cells = new ArrayList<>();
                    }
                    case VALUE_STRING -> cells.add(csv.getString());
                    case END_ARRAY -> lines.add(new Line(start, List.copyOf(cells)));
                    default -> throw new MalformedFile(start, "unexpected " + token);
                }
            }
        } catch (JacksonException e) {
            throw new MalformedFile(start, "not valid CSV: " + e.getOriginalMessage());
        }
        return lines;
    }

    private static char separator(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Column name (lower case) to cell index; every required column present, nothing unknown or named twice. */
    private static Map<String, Integer> columns(Line header) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new MalformedFile(header.number(), (name.isEmpty() ? "column " + (i + 1) + " has no name"
                        : "unknown column \"" + name + "\"") + "; the columns are " + String.join(", ", COLUMNS));
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw new MalformedFile(header.number(), "the column " + column + " is named twice");
            }
        }
        List<String> missing = COLUMNS.stream()
                .filter(column -> !column.equals(REGISTRATION_ID) && !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedFile(header.number(), "the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (only " + REGISTRATION_ID + " may be left out)");
        }
        return columns;
    }

    private static RegistrationRow row(CampaignId campaignId, Line line, Map<String, Integer> columns) {
        if (line.cells().size() != columns.size()) {
            throw new MalformedFile(line.number(), line.cells().size() + " cells where the header names "
                    + columns.size() + " columns");
        }
        try {
            Participant participant = new Participant(kind(cell(line, columns, "kind")),
                    id(cell(line, columns, "unitId"), OrgUnitId::new),
                    id(cell(line, columns, "personId"), PersonId::new));
            String registrationId = cell(line, columns, REGISTRATION_ID);
            List<String> commitments = Arrays.stream(cell(line, columns, "commitments").split(COMMITMENT_SEPARATOR))
                    .filter(commitment -> !commitment.isBlank())
                    .toList();
            return new RegistrationRow(registrationId.isEmpty() ? derivedId(campaignId, participant)
                    : new RegistrationId(registrationId), participant, commitments);
        } catch (IllegalArgumentException e) {
            throw new MalformedFile(line.number(), e.getMessage());
        }
    }

    /** The cell of a column, stripped; empty when the column is not in the file. */
    private static String cell(Line line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cells().get(index).strip();
    }

    private static TargetKind kind(String cell) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException("kind is required: COLLECTIVE or INDIVIDUAL");
        }
        try {
            return TargetKind.valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be COLLECTIVE or INDIVIDUAL, found \"" + cell + "\"");
        }
    }

    private static <T> T id(String cell, Function<String, T> id) {
        return cell.isEmpty() ? null : id.apply(cell);
    }
}
