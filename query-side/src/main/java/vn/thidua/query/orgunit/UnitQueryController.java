package vn.thidua.query.orgunit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitDetails;
import vn.thidua.api.orgunit.UnitDetailsQuery;
import vn.thidua.api.orgunit.UnitListQuery;
import vn.thidua.api.orgunit.UnitPage;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** The hierarchy as the caller may see it: their own unit and everything below it. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "units")
class UnitQueryController {

    private final Queries queries;

    UnitQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "units in your subtree, from the top down, paged")
    UnitPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return queries.ask(new UnitListQuery(CurrentUser.viewer(), page, size), UnitPage.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "one unit with its ancestors and children")
    UnitDetails get(@PathVariable OrgUnitId id) {
        return queries.ask(new UnitDetailsQuery(CurrentUser.viewer(), id), UnitDetails.class);
    }
}
