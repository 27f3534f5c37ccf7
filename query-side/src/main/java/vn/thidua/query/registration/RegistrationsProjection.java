package vn.thidua.query.registration;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationListQuery;
import vn.thidua.api.campaign.RegistrationPage;
import vn.thidua.api.campaign.RegistrationSummary;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.query.orgunit.UnitScope;

/** The registrations of each plan (DESIGN §6), by unit and person, for the officers who follow them. */
@Component
@ProcessingGroup(RegistrationsProjection.PROCESSING_GROUP)
class RegistrationsProjection {

    static final String PROCESSING_GROUP = "registrations";
    private static final int MAX_PAGE_SIZE = 500;

    private final RegistrationViews registrations;
    private final RegistrationPlanViews plans;
    private final RegistrationCategoryViews categories;
    private final RegistrationSearch search;
    private final UnitScope scope;

    RegistrationsProjection(RegistrationViews registrations, RegistrationPlanViews plans,
                            RegistrationCategoryViews categories, RegistrationSearch search, UnitScope scope) {
        this.registrations = registrations;
        this.plans = plans;
        this.categories = categories;
        this.search = search;
        this.scope = scope;
    }

    @ResetHandler
    void reset() {
        registrations.deleteAll();
        plans.deleteAllInBatch();
        categories.deleteAllInBatch();
    }

    @EventHandler
    void on(CampaignLaunched event) {
        if (!plans.findById(event.campaignId().value()).isPresent()) {
            plans.save(new RegistrationPlanView(event.campaignId().value(), event.issuerId().value()));
        }
    }

    @EventHandler
    void on(OrgUnitCreated event) {
        if (event.category() != null) {
            categories.save(new RegistrationCategoryView(RegistrationCategoryView.unit(event.unitId().value()),
                    event.category()));
        }
    }

    @EventHandler
    void on(PersonRegistered event) {
        if (event.category() != null) {
            categories.save(new RegistrationCategoryView(RegistrationCategoryView.person(event.personId().value()),
                    event.category()));
        }
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = RegistrationView.key(event.campaignId().value(), event.registrationId().value());
        if (registrations.findById(key).isPresent()) {
            return;
        }
        RegistrationView registration = new RegistrationView(event.campaignId().value(), event.registrationId().value());
        registration.participantKind = event.participant().kind();
        registration.participantUnit = event.participant().unitId().value();
        registration.participantPerson = event.participant().personId() == null ? null
                : event.participant().personId().value();
        registration.commitments.addAll(event.commitments());
        registration.status = RegistrationSummary.Status.ACTIVE;
        registration.registeredAt = at;
        registration.lastSequence = sequence;
        registrations.save(registration);
    }

    @EventHandler
    void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
        update(event.campaignId(), event.registrationId().value(), sequence,
                registration -> registration.status = RegistrationSummary.Status.WITHDRAWN);
    }

    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        update(event.campaignId(), event.registrationId().value(), sequence, registration -> {
            registration.latestRating = event.rating();
            registration.latestReviewId = event.reviewId().value();
        });
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

    private void update(CampaignId campaignId, String registrationId, long sequence,
                        Consumer<RegistrationView> change) {
        registrations.findById(RegistrationView.key(campaignId.value(), registrationId))
                .filter(registration -> registration.lastSequence < sequence).ifPresent(registration -> {
                    change.accept(registration);
                    registration.lastSequence = sequence;
                });
    }
}
