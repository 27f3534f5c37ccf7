package vn.thidua.query.title;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.title.TitleAssessments;
import vn.thidua.api.title.TitleAssessmentsQuery;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** The scored titles of a plan, for the units they belong to and the units above them. */
@RestController
@Tag(name = "title scoring")
class TitleAssessmentsController {

    private final Queries queries;

    TitleAssessmentsController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/campaigns/{id}/title-assessments")
    @Operation(summary = "each title registered in the plan: standards and criteria with their maxima, the unit's own "
            + "points, the recognising body's points, and whether it was recognised (T1-T3)")
    TitleAssessments get(@PathVariable CampaignId id) {
        return queries.ask(new TitleAssessmentsQuery(CurrentUser.viewer(), id), TitleAssessments.class);
    }
}
