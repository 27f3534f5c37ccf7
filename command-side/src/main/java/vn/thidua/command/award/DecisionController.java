package vn.thidua.command.award;

import java.net.URI;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.decision.DecideAwards;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.DecisionState;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.decision.RevokeDecision;
import vn.thidua.api.decision.RevokeGrant;

/** Award decisions within a unit's own authority (D1) and their revocation (D4); the council decides. */
@RestController
@RequestMapping("/api/decisions")
@Tag(name = "decisions", description = "award decisions within a unit's authority, and revocation (D1, D4)")
class DecisionController {

    record ReasonRequest(String reason) {
    }

    private final CommandGateway commands;

    DecisionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "decide awards within your unit's authority for nominees of its concluded review (D1)")
    ResponseEntity<DecisionState> decide(@RequestBody DecideAwards command) {
        DecisionState state = commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/decisions/" + command.decisionId())).body(state);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "revoke a whole decision of your unit, with the reason (D4)")
    DecisionState revoke(@PathVariable DecisionId id, @RequestBody ReasonRequest request) {
        return commands.sendAndWait(new RevokeDecision(id, request.reason()));
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    @Operation(summary = "revoke one grant of a decision of your unit, with the reason (D4)")
    DecisionState revokeGrant(@PathVariable DecisionId id, @PathVariable GrantId grantId, @RequestBody ReasonRequest request) {
        return commands.sendAndWait(new RevokeGrant(id, grantId, request.reason()));
    }
}
