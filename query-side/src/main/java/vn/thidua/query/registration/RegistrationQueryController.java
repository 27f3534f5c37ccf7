package vn.thidua.query.registration;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationListQuery;
import vn.thidua.api.campaign.RegistrationPage;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** A plan's registrations as the caller may see them. */
@RestController
@Tag(name = "campaigns")
class RegistrationQueryController {

    private final Queries queries;

    RegistrationQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/campaigns/{id}/registrations")
    @Operation(summary = "a plan's registrations in the order they came, paged: all of them for the issuer and "
            + "above, else those of participants in your subtree; optionally of one unit or one person")
    RegistrationPage list(@PathVariable CampaignId id, @RequestParam(required = false) OrgUnitId unit,
                          @RequestParam(required = false) PersonId person,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new RegistrationListQuery(CurrentUser.viewer(), id, unit, person, page, size),
                RegistrationPage.class);
    }
}
