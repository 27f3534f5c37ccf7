package vn.thidua.command.achievement;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.achievement.ImportAchievements;

@RestController
@RequestMapping("/api/achievements")
@Tag(name = "achievements", description = "earlier ratings, awards and initiatives that eligibility reads (DESIGN §5)")
class AchievementController {

    private final CommandGateway commands;

    AchievementController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "import earlier ratings, awards with decision numbers, initiatives of a collective or person")
    ImportAchievements importAchievements(@RequestBody ImportAchievements command) {
        commands.sendAndWait(command);
        return command;
    }
}
