package vn.thidua.command.orgunit;

import java.net.URI;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.ChangeUnitAuthority;
import vn.thidua.api.orgunit.CreateOrgUnit;
import vn.thidua.api.orgunit.MergeOrgUnit;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.RenameOrgUnit;
import vn.thidua.api.orgunit.ReparentOrgUnit;
import vn.thidua.api.orgunit.UnitSummary;

/** Commands on the hierarchy (U1, U2). Every POST needs an Idempotency-Key; officers only. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "units", description = "the hierarchy of units (U1, U2)")
class OrgUnitController {

    record RenameRequest(String name, String abbreviation) {
    }

    record ReparentRequest(OrgUnitId parentId) {
    }

    record MergeRequest(OrgUnitId survivorId) {
    }

    record AuthorityRequest(Set<AwardType> authority) {
    }

    private final CommandGateway commands;
    private final UnitDirectory directory;

    OrgUnitController(CommandGateway commands, UnitDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "create a unit under a parent at a strictly higher level (U1)")
    ResponseEntity<UnitSummary> create(@RequestBody CreateOrgUnit command) {
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/units/" + command.unitId())).body(stateOf(command.unitId()));
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "rename a unit (U2)")
    UnitSummary rename(@PathVariable OrgUnitId id, @RequestBody RenameRequest request) {
        return send(id, new RenameOrgUnit(id, request.name(), request.abbreviation()));
    }

    @PostMapping("/{id}/reparent")
    @Operation(summary = "move a unit under another parent (U1, U2)")
    UnitSummary reparent(@PathVariable OrgUnitId id, @RequestBody ReparentRequest request) {
        return send(id, new ReparentOrgUnit(id, request.parentId()));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "merge a unit into a surviving unit (U2)")
    UnitSummary merge(@PathVariable OrgUnitId id, @RequestBody MergeRequest request) {
        return send(id, new MergeOrgUnit(id, request.survivorId()));
    }

    @PostMapping("/{id}/authority")
    @Operation(summary = "replace the award types a unit decides itself (U1)")
    UnitSummary changeAuthority(@PathVariable OrgUnitId id, @RequestBody AuthorityRequest request) {
        return send(id, new ChangeUnitAuthority(id, request.authority()));
    }

    private UnitSummary send(OrgUnitId id, Object command) {
        commands.sendAndWait(command);
        return stateOf(id);
    }

    private UnitSummary stateOf(OrgUnitId id) {
        return directory.find(id)
                .map(unit -> new UnitSummary(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(),
                        unit.parentId(), unit.category(), unit.authority(), unit.mergedInto()))
                .orElseThrow(() -> RuleViolationException.notFound("U1", "unit " + id + " does not exist"));
    }
}
