package vn.thidua.query.campaign;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.campaign.CampaignDetails;
import vn.thidua.api.campaign.CampaignDetailsQuery;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignListQuery;
import vn.thidua.api.campaign.CampaignPage;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CampaignTree;
import vn.thidua.api.campaign.CampaignTreeQuery;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** The plans as the caller may see them: a list, one plan, and the cascade under it. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "campaigns")
class CampaignQueryController {

    private final Queries queries;

    CampaignQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "plans issued in your subtree (all for an auditor), newest period first, paged; "
            + "optionally of one issuer, in one status, or running in a year")
    CampaignPage list(@RequestParam(required = false) OrgUnitId issuer,
                      @RequestParam(required = false) CampaignState.Status status,
                      @RequestParam(required = false) Integer year,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new CampaignListQuery(CurrentUser.viewer(), issuer, status, year, page, size),
                CampaignPage.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "one plan: issuer, number, period, status, the plan it implements, award plan with quotas, "
            + "schedule, and counts of registrations, reviews and progress reports")
    CampaignDetails get(@PathVariable CampaignId id) {
        return queries.ask(new CampaignDetailsQuery(CurrentUser.viewer(), id), CampaignDetails.class);
    }

    @GetMapping("/{id}/tree")
    @Operation(summary = "a plan and every plan cascaded from it, recursively, each with its progress")
    CampaignTree tree(@PathVariable CampaignId id) {
        return queries.ask(new CampaignTreeQuery(CurrentUser.viewer(), id), CampaignTree.class);
    }
}
