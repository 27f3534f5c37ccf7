package vn.thidua.query.registration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationListQuery;
import vn.thidua.api.campaign.RegistrationPage;
import vn.thidua.api.campaign.RegistrationSummary;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.query.consistency.ViewWrites;
import vn.thidua.query.orgunit.UnitScope;

/** The registrations of each plan (DESIGN §6), by unit and person, for the officers who follow them. */
@Component
@ProcessingGroup(RegistrationsProjection.PROCESSING_GROUP)
class RegistrationsProjection {

    static final String PROCESSING_GROUP = "registrations";
    private static final int MAX_PAGE_SIZE = 500;

    private final RegistrationPlanViews plans;
    private final RegistrationCategoryViews categories;
    private final RegistrationSearch search;
    private final UnitScope scope;
    private final JdbcClient jdbc;
    private final ViewWrites writes;
    private final ViewWrites.InsertIfAbsent planRow;
    private final ViewWrites.InsertIfAbsent registrationRow;
    private final ViewWrites.InsertIfAbsent commitmentRow;
    private final ViewWrites.InsertIfAbsent categoryRow;

    RegistrationsProjection(RegistrationPlanViews plans,
                            RegistrationCategoryViews categories, RegistrationSearch search, UnitScope scope,
                            JdbcClient jdbc, ViewWrites writes) {
        this.plans = plans;
        this.categories = categories;
        this.search = search;
        this.scope = scope;
        this.jdbc = jdbc;
        this.writes = writes;
        this.planRow = writes.insertIfAbsent("q_registration_plan", List.of("campaign_id", "issuer_id"), "campaign_id");
        this.registrationRow = writes.insertIfAbsent("q_registration", List.of("registration_key", "campaign_id",
                "registration_id", "participant_kind", "participant_unit", "participant_person", "status",
                "registered_at", "last_sequence"), "registration_key");
        this.commitmentRow = writes.insertIfAbsent("q_registration_commitment",
                List.of("registration_key", "item_index", "commitment"), "registration_key", "item_index");
        this.categoryRow = writes.insertIfAbsent("q_registration_category", List.of("party_key", "category"),
                "party_key");
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("q_registration_commitment", "q_registration", "q_registration_plan",
                "q_registration_category")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /*
     * The handlers write with plain SQL that is idempotent by itself (insert when absent, update when older), not
     * through JPA: a rebuild handles a registration and an evaluation for nearly every event of the store, and
     * loading entities to merge them costs several statements each where one is enough. The writes go in JDBC
     * batches at commit ({@link ViewWrites}): one round trip per statement made a rebuild on PostgreSQL run at 0.08
     * of a raw read of the store (ViewBenchmark, 1 M events). No handler reads these tables.
     */

    @EventHandler
    void on(CampaignLaunched event) {
        writes.add(planRow, event.campaignId().value(), event.issuerId().value());
    }

    @EventHandler
    void on(OrgUnitCreated event) {
        if (event.category() != null) {
            category(RegistrationCategoryView.unit(event.unitId().value()), event.category());
        }
    }

    @EventHandler
    void on(PersonRegistered event) {
        if (event.category() != null) {
            category(RegistrationCategoryView.person(event.personId().value()), event.category());
        }
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = RegistrationView.key(event.campaignId().value(), event.registrationId().value());
        Participant participant = event.participant();
        writes.add(registrationRow, key, event.campaignId().value(), event.registrationId().value(), participant.kind().name(),
                participant.unitId().value(), participant.personId() == null ? null : participant.personId().value(),
                RegistrationSummary.Status.ACTIVE.name(), at.atOffset(ZoneOffset.UTC), sequence);
        List<String> commitments = event.commitments();
        for (int index = 0; index < commitments.size(); index++) {
            writes.add(commitmentRow, key, index, commitments.get(index));
        }
    }

    @EventHandler
    void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
        writes.addTo("q_registration", """
                        update q_registration set status = ?, last_sequence = ?
                        where registration_key = ? and last_sequence < ?""",
                RegistrationSummary.Status.WITHDRAWN.name(), sequence,
                RegistrationView.key(event.campaignId().value(), event.registrationId().value()), sequence);
    }

    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        writes.addTo("q_registration", """
                        update q_registration set latest_rating = ?, latest_review_id = ?, last_sequence = ?
                        where registration_key = ? and last_sequence < ?""",
                event.rating().name(), event.reviewId().value(), sequence,
                RegistrationView.key(event.campaignId().value(), event.registrationId().value()), sequence);
    }

    @QueryHandler
    RegistrationPage handle(RegistrationListQuery query) {
        RegistrationPlanView plan = plans.findById(query.campaignId().value()).orElseThrow(() ->
                RuleViolationException.notFound("C1", "campaign " + query.campaignId() + " does not exist"));
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        RegistrationSearch.Found found = search.find(query, subtreeToFilterOn(query.viewer(), plan), page, size);
        Map<String, String> known = categoriesOf(found.registrations());
        List<RegistrationSummary> items = found.registrations().stream()
                .map(registration -> registration.summary(categoryOf(registration, known)))
                .toList();
        return new RegistrationPage(items, page, size, found.total());
    }

    /** Participants are the issuer and below (C4): whoever sees the issuer sees them all, without a filter. */
    private Optional<String> subtreeToFilterOn(Viewer viewer, RegistrationPlanView plan) {
        if (scope.sees(viewer, new OrgUnitId(plan.issuerId))) {
            return Optional.empty();
        }
        return scope.subtreePrefix(viewer);
    }

    private Map<String, String> categoriesOf(List<RegistrationView> page) {
        Set<String> keys = new HashSet<>();
        for (RegistrationView registration : page) {
            keys.add(RegistrationCategoryView.unit(registration.participantUnit));
            if (registration.participantPerson != null) {
                keys.add(RegistrationCategoryView.person(registration.participantPerson));
            }
        }
        return categories.findAllById(keys).stream()
                .collect(Collectors.toMap(category -> category.partyKey, category -> category.category));
    }

    /** A person's own category, else their unit's, as the quotas count them (D3). */
    private static String categoryOf(RegistrationView registration, Map<String, String> known) {
        String own = registration.participantPerson == null ? null
                : known.get(RegistrationCategoryView.person(registration.participantPerson));
        return own != null ? own : known.get(RegistrationCategoryView.unit(registration.participantUnit));
    }

    private void category(String partyKey, String category) {
        writes.add(categoryRow, partyKey, category);
    }
}
