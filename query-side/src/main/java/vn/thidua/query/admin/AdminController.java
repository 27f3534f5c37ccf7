package vn.thidua.query.admin;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.audit.DeadLetterReport;
import vn.thidua.api.audit.DeadLetterRetry;
import vn.thidua.api.audit.ReplayProgress;

/** Operating the views: rebuild one from the event store, see and retry the events a view failed on. Auditors only. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin")
class AdminController {

    private final ProcessorAdmin admin;

    AdminController(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @PostMapping("/replays/{group}")
    @Operation(summary = "rebuild a view: reset its tracking processor to the start of the event store; follow the Location for progress")
    ResponseEntity<ReplayProgress> replay(@PathVariable String group) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + group)).body(admin.replay(group));
    }

    @GetMapping("/replays/{group}")
    @Operation(summary = "a tracking processor's position against the head of the event store, and whether it is replaying")
    ReplayProgress progress(@PathVariable String group) {
        return admin.progress(group);
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "per processing group, the events its view failed on, with the cause")
    DeadLetterReport deadLetters() {
        return admin.deadLetters();
    }

    @PostMapping("/dead-letters/{group}/retry")
    @Operation(summary = "handle a group's dead letters again; those that fail again stay queued")
    DeadLetterRetry retry(@PathVariable String group) {
        return admin.retry(group);
    }
}
