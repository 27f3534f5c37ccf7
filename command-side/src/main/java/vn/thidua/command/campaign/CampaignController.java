package vn.thidua.command.campaign;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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
     * nothing. A repeat with the same Idempotency-Key answers the stored outcomes and writes nothing.
     */
    @PostMapping("/{id}/registrations/bulk")
    @Operation(summary = "register many collectives or persons at once, each row accepted or refused with its rule (C4)")
    BulkRegistrationResult registerInBulk(@PathVariable CampaignId id, @RequestBody BulkRegistrationRequest request) {
        return commands.sendAndWait(new RegisterParticipants(id, request.rows()));
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
