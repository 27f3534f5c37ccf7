package vn.thidua.command.person;

import java.net.URI;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.person.RegisterPerson;

@RestController
@RequestMapping("/api/persons")
@Tag(name = "persons")
class PersonController {

    private final CommandGateway commands;

    PersonController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "record a person of your unit or of a unit below it")
    ResponseEntity<RegisterPerson> register(@RequestBody RegisterPerson command) {
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/persons/" + command.personId())).body(command);
    }
}
