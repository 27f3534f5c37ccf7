package vn.thidua.query.award;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.award.AwardRegisterPage;
import vn.thidua.api.award.AwardRegisterQuery;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/**
 * The award register: a page of JSON by default, the whole selection as CSV or XLSX by {@code Accept}. The exports
 * read the view directly rather than through the query bus, which answers a query with one message: a file of any
 * size is streamed from the database to the client instead.
 */
@RestController
@Tag(name = "awards")
class AwardRegisterController {

    private static final String CSV = "text/csv";
    private static final String FILE_NAME = "Sổ khen thưởng";
    private static final String ASCII_FILE_NAME = "so-khen-thuong";

    private final Queries queries;
    private final AwardRegisterExport export;

    AwardRegisterController(Queries queries, AwardRegisterExport export) {
        this.queries = queries;
        this.export = export;
    }

    /** Without {@code produces}: a request that accepts anything gets JSON, not a file. */
    @GetMapping("/api/awards")
    @Operation(summary = "the award register in your subtree (awardee's unit or deciding unit), by person, unit, year"
            + " and award type, paged; Accept text/csv or the XLSX media type exports every matching grant")
    AwardRegisterPage list(@RequestParam(required = false) PersonId person,
                           @RequestParam(required = false) OrgUnitId unit,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) AwardType type,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new AwardRegisterQuery(CurrentUser.viewer(), person, unit, year, type, page, size),
                AwardRegisterPage.class);
    }

    @GetMapping(value = "/api/awards", produces = CSV)
    @Operation(summary = "every matching grant of the register as CSV (UTF-8 with BOM, RFC 4180)")
    @ApiResponse(responseCode = "200", description = "the register as a CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary")))
    void csv(@RequestParam(required = false) PersonId person, @RequestParam(required = false) OrgUnitId unit,
             @RequestParam(required = false) Integer year, @RequestParam(required = false) AwardType type,
             HttpServletResponse response) throws IOException {
        AwardRegisterRows.Filter filter = new AwardRegisterRows.Filter(CurrentUser.viewer(), person, unit, year, type);
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("csv"));
        export.csv(filter, response.getOutputStream());
    }

    @GetMapping(value = "/api/awards", produces = AwardRegisterExport.XLSX)
    @Operation(summary = "every matching grant of the register as an Excel workbook")
    @ApiResponse(responseCode = "200", description = "the register as an Excel workbook",
            content = @Content(mediaType = AwardRegisterExport.XLSX, schema = @Schema(type = "string", format = "binary")))
    void xlsx(@RequestParam(required = false) PersonId person, @RequestParam(required = false) OrgUnitId unit,
              @RequestParam(required = false) Integer year, @RequestParam(required = false) AwardType type,
              HttpServletResponse response) throws IOException {
        AwardRegisterRows.Filter filter = new AwardRegisterRows.Filter(CurrentUser.viewer(), person, unit, year, type);
        response.setContentType(AwardRegisterExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("xlsx"));
        export.xlsx(filter, response.getOutputStream());
    }

    /** RFC 6266: an ASCII name for old clients, the Vietnamese one (RFC 5987) for the others. */
    private static String attachment(String extension) {
        return "attachment; filename=\"" + ASCII_FILE_NAME + "." + extension + "\"; filename*=UTF-8''"
                + percentEncoded(FILE_NAME + "." + extension);
    }

    private static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
