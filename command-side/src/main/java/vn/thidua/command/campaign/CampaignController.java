package vn.thidua.command.campaign;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.campaign.AmendCampaign;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.BulkRegistrationResult;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CancelCampaign;
import vn.thidua.api.campaign.CloseCampaign;
import vn.thidua.api.campaign.ConcludeReview;
import vn.thidua.api.campaign.EvaluateRegistration;
import vn.thidua.api.campaign.LaunchCampaign;
import vn.thidua.api.campaign.Nomination;
import vn.thidua.api.campaign.OpenReview;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.ProgressReportId;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegisterParticipant;
import vn.thidua.api.campaign.RegisterParticipants;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.SubmitProgressReport;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.WithdrawRegistration;

/**
 * The campaign lifecycle over HTTP (C1-C9). Officers of the issuing unit run the plan; its council rates and
 * nominates; a participant's own unit may file and withdraw its registration.
 */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "campaigns", description = "plans, cascades, registrations, reviews (C1-C9)")
class CampaignController {

    record AmendRequest(String title, Period period, List<Target> targets, List<AwardPlanItem> awardPlan,
                        List<ScheduledReview> schedule, List<String> legalBases) {
    }

    record CancelRequest(String reason) {
    }

    record RegistrationRequest(RegistrationId registrationId, Participant participant, List<String> commitments) {
    }

    record BulkRegistrationRequest(List<RegistrationRow> rows) {
    }

    record WithdrawRequest(String reason) {
    }

    record ReviewRequest(ReviewId reviewId, ReviewKind kind, int year, String title) {
    }

    record EvaluationRequest(RegistrationId registrationId, Rating rating, Map<String, Integer> scores, String remarks) {
    }

    record ConcludeRequest(List<Nomination> nominees) {
    }

    record ProgressReportRequest(ProgressReportId reportId, String periodLabel, String summary) {
    }

    private static final String BULK_SUMMARY =
            "register many collectives or persons at once, each row accepted or refused with its rule (C4)";
    private static final String BULK_DESCRIPTION = """
            The body is JSON `{"rows": [...]}` (each row the body of a single registration) or a CSV file \
            (`Content-Type: text/csv`, UTF-8, a leading byte order mark is ignored) as Excel or LibreOffice export it. \
            The CSV's first row names the columns, in any order and any case: `kind` (COLLECTIVE or INDIVIDUAL), \
            `unitId`, `personId`, `commitments` and, optionally, `registrationId`. Several commitments share one \
            cell separated by `;`. A blank or missing registrationId is derived from the campaign and the \
            participant, so the same file sent twice registers no one twice. Either form answers one outcome per \
            row, in file order; a CSV that is not a list of registrations (a column missing or unknown, a row of \
            another width, an unknown kind, not UTF-8) is refused whole with 400, naming the line.""";
    private static final String BULK_CSV_EXAMPLE = """
            registrationId,kind,unitId,personId,commitments
            dk-vi-xuyen,COLLECTIVE,phong-ldtbxh-vi-xuyen,,"Hoàn thành xuất sắc nhiệm vụ; Không có cán bộ vi phạm"
            ,INDIVIDUAL,,hoang-van-an,"Đạt danh hiệu ""Lao động tiên tiến""\"
            """;

    private final CommandGateway commands;

    CampaignController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "launch the plan of your unit, possibly implementing a higher unit's plan (C1, C2)")
    ResponseEntity<CampaignState> launch(@RequestBody LaunchCampaign command) {
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/campaigns/" + command.campaignId()))
                .body(new CampaignState(command.campaignId(), command.issuerId(), command.planNumber(),
                        CampaignState.Status.LAUNCHED, command.period(), 0, List.of()));
    }

    @PostMapping("/{id}/amend")
    @Operation(summary = "amend the plan before its first review opens (C3)")
    CampaignState amend(@PathVariable CampaignId id, @RequestBody AmendRequest request) {
        return commands.sendAndWait(new AmendCampaign(id, request.title(), request.period(), request.targets(),
                request.awardPlan(), request.schedule(), request.legalBases()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "close the campaign after its final review concluded (C8)")
    CampaignState close(@PathVariable CampaignId id) {
        return commands.sendAndWait(new CloseCampaign(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "cancel the campaign, with the reason (C8)")
    CampaignState cancel(@PathVariable CampaignId id, @RequestBody CancelRequest request) {
        return commands.sendAndWait(new CancelCampaign(id, request.reason()));
    }

    @PostMapping("/{id}/registrations")
    @Operation(summary = "register a collective or a person with commitments (C4)")
    ResponseEntity<CampaignState> register(@PathVariable CampaignId id, @RequestBody RegistrationRequest request) {
        CampaignState state = commands.sendAndWait(new RegisterParticipant(id, request.registrationId(),
                request.participant(), request.commitments()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id + "/registrations/" + request.registrationId()))
                .body(state);
    }

    /**
     * One command for the whole body (bounded by the request size limit, some thousands of rows): the rows are
     * accepted or refused one by one, and the answer lists every row's outcome, so a file of registrations loses
     * nothing. A repeat with the same Idempotency-Key answers the stored outcomes and writes nothing. OpenAPI has
     * one operation per path and method, so this one describes both bodies, JSON and CSV.
     */
    @PostMapping("/{id}/registrations/bulk")
    @Operation(summary = BULK_SUMMARY, description = BULK_DESCRIPTION,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = BulkRegistrationRequest.class)),
                    @Content(mediaType = RegistrationCsv.MEDIA_TYPE, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "two registrations", value = BULK_CSV_EXAMPLE))}))
    BulkRegistrationResult registerInBulk(@PathVariable CampaignId id, @RequestBody BulkRegistrationRequest request) {
        return commands.sendAndWait(new RegisterParticipants(id, request.rows()));
    }

    /**
     * The same file as a spreadsheet exports it ({@link RegistrationCsv}), answered exactly as the JSON form: one
     * outcome per row, in file order. A file that is not a list of registrations is refused whole (400, naming
     * its line) before any command is sent. The body is an {@link HttpEntity}, not an optional {@code @RequestBody}:
     * that would let an empty body of any type match this mapping too, and such a request would find two handlers.
     * Hidden from springdoc, which would otherwise merge it into the JSON form's operation and keep one body of the
     * two, depending on which method it meets first; that operation describes the CSV body.
     */
    @PostMapping(path = "/{id}/registrations/bulk", consumes = RegistrationCsv.MEDIA_TYPE)
    @Operation(hidden = true)
    BulkRegistrationResult registerInBulkFromCsv(@PathVariable CampaignId id, HttpEntity<byte[]> file) {
        MediaType type = file.getHeaders().getContentType();
        return commands.sendAndWait(new RegisterParticipants(id,
                RegistrationCsv.read(id, type == null ? null : type.getParameter("charset"), file.getBody())));
    }

    @PostMapping("/{id}/registrations/{registrationId}/withdraw")
    @Operation(summary = "withdraw a registration before the final review opens (C4)")
    CampaignState withdraw(@PathVariable CampaignId id, @PathVariable RegistrationId registrationId,
                           @RequestBody(required = false) WithdrawRequest request) {
        return commands.sendAndWait(new WithdrawRegistration(id, registrationId, request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "open a periodic report, the sơ kết or the tổng kết (C5)")
    ResponseEntity<CampaignState> openReview(@PathVariable CampaignId id, @RequestBody ReviewRequest request) {
        CampaignState state = commands.sendAndWait(new OpenReview(id, request.reviewId(), request.kind(), request.year(),
                request.title()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id + "/reviews/" + request.reviewId())).body(state);
    }

    @PostMapping("/{id}/reviews/{reviewId}/evaluations")
    @Operation(summary = "rate a registration in the open review (C6)")
    CampaignState evaluate(@PathVariable CampaignId id, @PathVariable ReviewId reviewId,
                           @RequestBody EvaluationRequest request) {
        return commands.sendAndWait(new EvaluateRegistration(id, reviewId, request.registrationId(), request.rating(),
                request.scores(), request.remarks()));
    }

    @PostMapping("/{id}/reviews/{reviewId}/conclude")
    @Operation(summary = "conclude the open review, naming its nominees and the award proposed for each (C7)")
    CampaignState conclude(@PathVariable CampaignId id, @PathVariable ReviewId reviewId,
                           @RequestBody ConcludeRequest request) {
        return commands.sendAndWait(new ConcludeReview(id, reviewId, request.nominees()));
    }

    @PostMapping("/{id}/progress-reports")
    @Operation(summary = "send a periodic progress report to the issuer of the plan this one implements (C9)")
    ResponseEntity<CampaignState> reportProgress(@PathVariable CampaignId id, @RequestBody ProgressReportRequest request) {
        CampaignState state = commands.sendAndWait(new SubmitProgressReport(id, request.reportId(), request.periodLabel(),
                request.summary()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id + "/progress-reports/" + request.reportId()))
                .body(state);
    }
}
