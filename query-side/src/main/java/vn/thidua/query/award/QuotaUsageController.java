package vn.thidua.query.award;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.award.CampaignQuota;
import vn.thidua.api.award.CampaignQuotaQuery;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** How much of each quota of a plan is used, for the issuing unit and those above it. */
@RestController
@Tag(name = "campaigns")
class QuotaUsageController {

    private final Queries queries;

    QuotaUsageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/campaigns/{id}/quota")
    @Operation(summary = "each quota of the campaign's award plan: limit (absolute or computed from a percentage),"
            + " used, free, and each reserved share's use (D3)")
    CampaignQuota quota(@PathVariable CampaignId id) {
        return queries.ask(new CampaignQuotaQuery(CurrentUser.viewer(), id), CampaignQuota.class);
    }
}
