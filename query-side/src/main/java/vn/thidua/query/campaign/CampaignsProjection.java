package vn.thidua.query.campaign;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignDetails;
import vn.thidua.api.campaign.CampaignDetailsQuery;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.CampaignListQuery;
import vn.thidua.api.campaign.CampaignPage;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CampaignTree;
import vn.thidua.api.campaign.CampaignTreeQuery;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.ProgressReportSubmitted;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.query.consistency.ViewWrites;
import vn.thidua.query.orgunit.UnitScope;

/**
 * The campaigns view (DESIGN §6): the plans a viewer may see, one plan with its award plan, schedule and counts,
 * and the cascade under a plan with each plan's progress.
 */
@Component
@ProcessingGroup(CampaignsProjection.PROCESSING_GROUP)
class CampaignsProjection {

    static final String PROCESSING_GROUP = "campaigns";
    private static final int MAX_PAGE_SIZE = 500;

    private final CampaignViews campaigns;
    private final CampaignRegistrationRows registrations;
    private final CampaignReviewRows reviews;
    private final CampaignProgressReportRows reports;
    private final CampaignSearch search;
    private final UnitScope scope;
    private final PlanVisibility visibility;
    private final JdbcClient jdbc;
    private final ViewWrites writes;
    private final ViewWrites.InsertIfAbsent reportRow;
    private final ViewWrites.InsertIfAbsent registrationRow;
    private final ViewWrites.InsertIfAbsent reviewRow;

    CampaignsProjection(CampaignViews campaigns, CampaignRegistrationRows registrations, CampaignReviewRows reviews,
                        CampaignProgressReportRows reports, CampaignSearch search, UnitScope scope,
                        PlanVisibility visibility, JdbcClient jdbc, ViewWrites writes) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.reviews = reviews;
        this.reports = reports;
        this.search = search;
        this.scope = scope;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.writes = writes;
        this.reportRow = writes.insertIfAbsent("q_campaign_progress_report",
                List.of("report_key", "campaign_id", "parent_campaign_id"), "report_key");
        this.registrationRow = writes.insertIfAbsent("q_campaign_registration",
                List.of("registration_key", "campaign_id", "active", "last_sequence"), "registration_key");
        this.reviewRow = writes.insertIfAbsent("q_campaign_review",
                List.of("review_key", "campaign_id", "review_id", "concluded", "opened_sequence"), "review_key");
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("q_campaign_registration", "q_campaign_review", "q_campaign_progress_report")) {
            jdbc.sql("delete from " + table).update();
        }
        campaigns.deleteAll();
    }

    @EventHandler
    void on(CampaignLaunched event, @SequenceNumber long sequence) {
        if (campaigns.findById(event.campaignId().value()).isPresent()) {
            return;
        }
        CampaignView campaign = new CampaignView(event.campaignId().value());
        campaign.issuerId = event.issuerId().value();
        campaign.planNumber = event.planNumber();
        campaign.parentCampaignId = event.parentCampaignId() == null ? null : event.parentCampaignId().value();
        campaign.status = CampaignState.Status.LAUNCHED;
        campaign.plan(event.title(), event.period(), event.awardPlan(), event.schedule());
        campaign.lastSequence = sequence;
        campaigns.save(campaign);
    }

    @EventHandler
    void on(CampaignAmended event, @SequenceNumber long sequence) {
        update(event.campaignId(), sequence, campaign ->
                campaign.plan(event.title(), event.period(), event.awardPlan(), event.schedule()));
    }

    @EventHandler
    void on(CampaignClosed event, @SequenceNumber long sequence) {
        update(event.campaignId(), sequence, campaign -> campaign.status = CampaignState.Status.CLOSED);
    }

    @EventHandler
    void on(CampaignCancelled event, @SequenceNumber long sequence) {
        update(event.campaignId(), sequence, campaign -> campaign.status = CampaignState.Status.CANCELLED);
    }

    /*
     * What the plan counts of registrations, reviews and reports is written with plain SQL that is idempotent by
     * itself (insert when absent, update when older), sent in JDBC batches at commit ({@link ViewWrites}): these come
     * with nearly every event of the store, and loading entities to merge them costs several statements each where
     * one is enough. No handler reads these tables. The plan itself, one event in many, stays an entity with its
     * collections.
     */

    @EventHandler
    void on(ProgressReportSubmitted event) {
        String key = CampaignRegistrationRow.key(event.campaignId().value(), event.reportId().value());
        writes.add(reportRow, key, event.campaignId().value(), event.parentCampaignId().value());
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence) {
        String key = registrationKey(event.campaignId(), event.registrationId());
        writes.add(registrationRow, key, event.campaignId().value(), true, sequence);
    }

    @EventHandler
    void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
        writes.addTo("q_campaign_registration", """
                        update q_campaign_registration set active = false, last_sequence = ?
                        where registration_key = ? and last_sequence < ?""",
                sequence, registrationKey(event.campaignId(), event.registrationId()), sequence);
    }

    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        writes.addTo("q_campaign_registration", """
                        update q_campaign_registration set evaluated_review = ?, last_sequence = ?
                        where registration_key = ? and last_sequence < ?""",
                event.reviewId().value(), sequence, registrationKey(event.campaignId(), event.registrationId()),
                sequence);
    }

    @EventHandler
    void on(ReviewOpened event, @SequenceNumber long sequence) {
        String key = CampaignRegistrationRow.key(event.campaignId().value(), event.reviewId().value());
        writes.add(reviewRow, key, event.campaignId().value(), event.reviewId().value(), false, sequence);
    }

    @EventHandler
    void on(ReviewConcluded event) {
        writes.addTo("q_campaign_review", "update q_campaign_review set concluded = true where review_key = ?",
                CampaignRegistrationRow.key(event.campaignId().value(), event.reviewId().value()));
    }

    @QueryHandler
    CampaignPage handle(CampaignListQuery query) {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        CampaignSearch.Found found = search.find(query, scope.subtreePrefix(query.viewer()), page, size);
        return new CampaignPage(found.campaigns().stream().map(CampaignView::summary).toList(), page, size,
                found.total());
    }

    @QueryHandler
    CampaignDetails handle(CampaignDetailsQuery query) {
        CampaignView campaign = visible(query.viewer(), query.campaignId());
        return new CampaignDetails(campaign.summary(), campaign.awardPlanItems(), campaign.scheduledReviews(),
                registrations.countByCampaignIdAndActive(campaign.campaignId, true),
                registrations.countByCampaignIdAndActive(campaign.campaignId, false),
                reviews.countByCampaignId(campaign.campaignId),
                reviews.countByCampaignIdAndConcludedTrue(campaign.campaignId),
                reports.countByCampaignId(campaign.campaignId),
                reports.countByParentCampaignId(campaign.campaignId));
    }

    @QueryHandler
    CampaignTree handle(CampaignTreeQuery query) {
        return tree(query.viewer(), visible(query.viewer(), query.campaignId()));
    }

    /** C2 keeps a cascade acyclic: a parent plan is issued by a proper ancestor of its child's issuer. */
    private CampaignTree tree(Viewer viewer, CampaignView campaign) {
        List<CampaignTree> children = campaigns.findByParentCampaignIdOrderByPlanNumberAscCampaignIdAsc(campaign.campaignId)
                .stream().filter(child -> sees(viewer, child)).map(child -> tree(viewer, child)).toList();
        int evaluated = reviews.findFirstByCampaignIdOrderByOpenedSequenceDesc(campaign.campaignId)
                .map(latest -> registrations.countByCampaignIdAndActiveTrueAndEvaluatedReview(campaign.campaignId,
                        latest.reviewId))
                .orElse(0);
        CampaignTree.Progress progress = new CampaignTree.Progress(
                registrations.countByCampaignIdAndActive(campaign.campaignId, true), evaluated,
                reviews.countByCampaignIdAndConcludedTrue(campaign.campaignId), campaign.schedule.size());
        return new CampaignTree(new CampaignId(campaign.campaignId), new OrgUnitId(campaign.issuerId),
                campaign.planNumber, campaign.status, progress, children);
    }

    private CampaignView visible(Viewer viewer, CampaignId campaignId) {
        CampaignView campaign = campaigns.findById(campaignId.value()).orElseThrow(() ->
                RuleViolationException.notFound("C1", "campaign " + campaignId + " does not exist"));
        if (!sees(viewer, campaign)) {
            throw RuleViolationException.forbidden("SCOPE", "campaign " + campaignId + " of " + campaign.issuerId
                    + " is outside the subtree of your unit " + viewer.unitId() + " and none of its plans implements it");
        }
        return campaign;
    }

    private boolean sees(Viewer viewer, CampaignView campaign) {
        return visibility.sees(viewer, campaign.campaignId, campaign.issuerId,
                unit -> campaigns.findByIssuerId(unit).stream().map(c -> c.campaignId).toList(),
                id -> campaigns.findById(id).map(c -> c.parentCampaignId));
    }

    private void update(CampaignId campaignId, long sequence, Consumer<CampaignView> change) {
        campaigns.findById(campaignId.value()).filter(c -> c.lastSequence < sequence).ifPresent(campaign -> {
            change.accept(campaign);
            campaign.lastSequence = sequence;
        });
    }

    private static String registrationKey(CampaignId campaignId, RegistrationId registrationId) {
        return CampaignRegistrationRow.key(campaignId.value(), registrationId.value());
    }
}
