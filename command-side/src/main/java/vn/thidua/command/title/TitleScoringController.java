package vn.thidua.command.title;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalState;
import vn.thidua.api.title.RecordSelfAssessment;
import vn.thidua.api.title.RegisterTitleStandards;
import vn.thidua.api.title.ScoreTitleCriteria;
import vn.thidua.api.title.StandardCommitment;

/**
 * Titles scored on their criteria (T1-T3, seed 004): the unit registers the standards it commits to and scores
 * itself in its plan; the recognising body scores the proposal pending at it, then approves it as any other.
 */
@RestController
@Tag(name = "title scoring", description = "standards registered, self-scoring, the recognising body's scores (T1-T3)")
class TitleScoringController {

    record StandardsRequest(RegistrationId registrationId, AwardType awardType, int year,
                            List<StandardCommitment> standards) {
    }

    record SelfAssessmentRequest(RegistrationId registrationId, AwardType awardType, int year,
                                 Map<String, Integer> scores, String remarks) {
    }

    record ScoresRequest(Map<String, Integer> scores, String remarks) {
    }

    private final CommandGateway commands;

    TitleScoringController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/campaigns/{id}/title-standards")
    @Operation(summary = "register, for a year, the standards and criteria of a scored title a registered collective commits to (T1)")
    ResponseEntity<CampaignState> registerStandards(@PathVariable CampaignId id, @RequestBody StandardsRequest request) {
        CampaignState state = commands.sendAndWait(new RegisterTitleStandards(id, request.registrationId(),
                request.awardType(), request.year(), request.standards()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id + "/title-assessments")).body(state);
    }

    @PostMapping("/api/campaigns/{id}/self-assessments")
    @Operation(summary = "the unit's own points per registered criterion; a later one replaces it (T1)")
    CampaignState selfAssess(@PathVariable CampaignId id, @RequestBody SelfAssessmentRequest request) {
        return commands.sendAndWait(new RecordSelfAssessment(id, request.registrationId(), request.awardType(),
                request.year(), request.scores(), request.remarks()));
    }

    @PostMapping("/api/proposals/{id}/title-scores")
    @Operation(summary = "the recognising body's points per registered criterion, while the proposal is pending at it (T1, T2)")
    ProposalState score(@PathVariable ProposalId id, @RequestBody ScoresRequest request) {
        return commands.sendAndWait(new ScoreTitleCriteria(id, request.scores(), request.remarks()));
    }
}
