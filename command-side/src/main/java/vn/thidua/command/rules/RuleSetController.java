package vn.thidua.command.rules;

import java.net.URI;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.rules.PublishRuleSet;
import vn.thidua.api.rules.RuleSetSummary;
import vn.thidua.api.rules.RuleSetVersion;

/**
 * The award rules as data (DESIGN §5): every version published, each document as it was sent, and publishing a new
 * version, which is in force for the next command. Anyone signed in may read the rules they are judged by.
 */
@RestController
@RequestMapping("/api/rule-sets")
@Tag(name = "rule sets", description = "versions of the award rules (R1-R3)")
class RuleSetController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    private final CommandGateway commands;
    private final RuleSetDirectory directory;

    RuleSetController(CommandGateway commands, RuleSetDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "publish a new version of the award rules, in force at once (R1-R3)")
    ResponseEntity<RuleSetSummary> publish(@RequestBody PublishRuleSet command) {
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/rule-sets/" + command.version())).body(summaryOf(command.version()));
    }

    @GetMapping
    @Operation(summary = "every published version, oldest first; the last is in force")
    List<RuleSetSummary> all() {
        return directory.all();
    }

    @GetMapping("/{version}")
    @Operation(summary = "the document of one version, exactly as published")
    ResponseEntity<String> document(@PathVariable RuleSetVersion version) {
        return directory.document(version).map(document -> ResponseEntity.ok().contentType(YAML).body(document))
                .orElseThrow(() -> unknown(version));
    }

    private RuleSetSummary summaryOf(RuleSetVersion version) {
        return directory.all().stream().filter(summary -> summary.version().equals(version)).findFirst()
                .orElseThrow(() -> unknown(version));
    }

    private static RuleViolationException unknown(RuleSetVersion version) {
        return RuleViolationException.notFound("R2", "rule set " + version + " was never published");
    }
}
