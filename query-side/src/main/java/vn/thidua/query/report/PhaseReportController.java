package vn.thidua.query.report;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.report.PhaseReportJob;
import vn.thidua.api.report.PhaseReportRequest;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.query.orgunit.UnitScope;
import vn.thidua.query.report.PhaseReportFiles.Format;

/**
 * The phase report as a job (DESIGN §8): POST checks the request and answers 202 with the job's location; GET
 * answers 202 with the progress while it runs, then 200 with the report in the format {@code Accept} asks for
 * (JSON by default, {@code text/csv}, or the XLSX media type), or the job's failure as problem details.
 */
@RestController
@Tag(name = "reports")
class PhaseReportController {

    private static final String PATH = "/api/reports/phase";

    private final PhaseReports reports;
    private final PhaseReportJobs jobs;
    private final UnitScope scope;
    private final JsonMapper json;

    PhaseReportController(PhaseReports reports, PhaseReportJobs jobs, UnitScope scope, JsonMapper json) {
        this.reports = reports;
        this.jobs = jobs;
        this.scope = scope;
        this.json = json;
    }

    @PostMapping(PATH)
    @Operation(summary = "start the phase report of a plan and its cascade, over a period (from, to) or up to a review,"
            + " as of an instant; answers 202 with the job's location")
    ResponseEntity<PhaseReportJob> start(@RequestBody PhaseReportRequest request) {
        PhaseReports.Prepared prepared = reports.prepare(request);
        Viewer viewer = CurrentUser.viewer();
        if (!scope.sees(viewer, new OrgUnitId(prepared.issuerId()))) {
            throw RuleViolationException.forbidden("SCOPE", "campaign " + request.campaignId()
                    + " was issued outside your unit's subtree");
        }
        PhaseReportJobs.Job job = jobs.start(prepared, CurrentUser.get().getUsername());
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id())).body(job.state());
    }

    @GetMapping(PATH + "/{job}")
    @Operation(summary = "a phase report job of yours: 202 with events read of total while it runs, then the report"
            + " as JSON, CSV (Accept text/csv) or XLSX (Accept the spreadsheet media type)")
    ResponseEntity<byte[]> get(@PathVariable String job, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PhaseReportJobs.Job found = jobs.find(job, CurrentUser.get().getUsername());
        switch (found.status()) {
            case RUNNING -> {
                return ResponseEntity.status(HttpStatus.ACCEPTED)
                        .header(HttpHeaders.RETRY_AFTER, "1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.writeValueAsBytes(found.state()));
            }
            case FAILED -> {
                if (found.refusal() != null) {
                    throw new RuleViolationException(found.refusal());
                }
                throw new IllegalStateException("report job " + job + " failed; its cause is in the log of the"
                        + " query side that ran it");
            }
            default -> {
                Format format = formatFor(accept);
                return ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"phase-report-" + job + "." + format.extension() + "\"")
                        .body(jobs.rendered(found, format));
            }
        }
    }

    /** The first acceptable of the three by the client's preference; anything else gets JSON. */
    private static Format formatFor(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType type : accepted) {
            for (Format format : Format.values()) {
                if (type.isWildcardType()) {
                    return Format.JSON;
                }
                if (type.includes(MediaType.parseMediaType(format.mediaType()))) {
                    return format;
                }
            }
        }
        return Format.JSON;
    }
}
