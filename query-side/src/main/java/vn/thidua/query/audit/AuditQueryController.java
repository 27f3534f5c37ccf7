package vn.thidua.query.audit;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.audit.AuditChainVerification;
import vn.thidua.api.audit.AuditChainVerificationQuery;
import vn.thidua.api.audit.AuditLogQuery;
import vn.thidua.api.audit.AuditPage;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** The audit log, read only: there is no method that writes it, so any other method on the path answers 405. */
@RestController
@Tag(name = "audit")
class AuditQueryController {

    private final Queries queries;

    AuditQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "every event with its type, aggregate, sequence, time, actor, unit, correlation and payload,"
            + " newest first; your subtree's events, everything for an auditor")
    AuditPage log(@RequestParam(required = false) OrgUnitId unit, @RequestParam(required = false) String aggregate,
                  @RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new AuditLogQuery(CurrentUser.viewer(), unit, aggregate, type, actor, from, to, page, size),
                AuditPage.class);
    }

    /** The whole store is checked, whatever the caller's unit: so only auditors may. */
    @GetMapping("/api/audit/verify")
    @Operation(summary = "recompute the audit log's hash chain from the event store and name the first broken link:"
            + " an event altered, missing from the store, or stored without a link; auditors only")
    AuditChainVerification verify() {
        return queries.ask(new AuditChainVerificationQuery(), AuditChainVerification.class);
    }
}
