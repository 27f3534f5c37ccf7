package vn.thidua.query.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionRevoked;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalWithdrawn;

/**
 * The store folded, event by event in global order, into what the report needs of one cascade. An event of an
 * aggregate outside the cascade is dropped by its aggregate id (the plan's, proposal's or decision's id), before its
 * payload is deserialized; only events that can bring a new member into the cascade (a child plan, a proposal, a
 * grant) and the units are read whole. Maps
 * that are iterated are sorted, so the result does not depend on hashing.
 */
final class CascadeFold {

    static final String UNKNOWN_LEVEL = "UNKNOWN";

    record Unit(String name, String level) {
    }

    record Stay(String level, long seconds) {
    }

    /** A stay that ended after its due date. */
    record LateStay(Proposal proposal, String unitId, Instant dueAt, Instant endedAt) {
    }

    static final class Registration {
        final TargetKind kind;

        Registration(TargetKind kind) {
            this.kind = kind;
        }
    }

    static final class Review {
        final String reviewId;
        final String kind;
        final int year;
        boolean counted;
        boolean concluded;
        /**
         * Each registration's latest rating while the review is open. A concluded review keeps only how many got each
         * rating: no evaluation comes after the conclusion (C6), and a report over millions of registrations would
         * otherwise hold a map entry for each of them to the end.
         */
        private final Map<String, Rating> ratings = new HashMap<>();
        private long[] concludedCounts = new long[Rating.values().length];
        final List<Nominee> nominees = new ArrayList<>();

        Review(String reviewId, String kind, int year) {
            this.reviewId = reviewId;
            this.kind = kind;
            this.year = year;
        }

        void rate(String registrationId, Rating rating) {
            if (!concluded) {
                ratings.put(registrationId, rating);
            }
        }

        void conclude(List<RegistrationEvaluated> finalRatings, List<Nominee> named) {
            ratings.clear();
            finalRatings.forEach(rating -> ratings.put(rating.registrationId().value(), rating.rating()));
            concludedCounts = distribution();
            ratings.clear();
            nominees.clear();
            nominees.addAll(named);
            concluded = true;
        }

        /** How many registrations have each rating, in the order of {@link Rating}. */
        long[] distribution() {
            long[] counts = concludedCounts.clone();
            ratings.values().forEach(rating -> counts[rating.ordinal()]++);
            return counts;
        }
    }

    static final class Proposal {
        final String id;
        final String campaignId;
        final String awardType;
        final boolean counted;
        ProposalStatus status = ProposalStatus.PENDING;
        String holder;
        Instant since;
        /** Of the stay under way; null while returned, decided, or for an arrival stored before revision 2. */
        Instant dueAt;
        boolean markedOverdue;

        Proposal(String id, String campaignId, String awardType, boolean counted) {
            this.id = id;
            this.campaignId = campaignId;
            this.awardType = awardType;
            this.counted = counted;
        }
    }

    static final class Grant {
        final AwardGranted granted;
        final String level;
        final boolean counted;
        boolean revoked;
        boolean revokedInWindow;
        String reason;

        Grant(AwardGranted granted, String level, boolean counted) {
            this.granted = granted;
            this.level = level;
            this.counted = counted;
        }
    }

    static final class Plan {
        final CampaignLaunched launched;
        String title;
        String state = "LAUNCHED";
        List<AwardPlanItem> awardPlan;
        final Map<String, Registration> registrations = new HashMap<>();
        final Map<TargetKind, long[]> registeredWithdrawn = new EnumMap<>(TargetKind.class);
        final Map<String, Review> reviews = new TreeMap<>();
        final Map<String, Proposal> proposals = new TreeMap<>();
        final List<Stay> stays = new ArrayList<>();
        final List<LateStay> lateStays = new ArrayList<>();
        final Map<String, Grant> grants = new TreeMap<>();
        final Map<String, Grant> quotaGrants = new TreeMap<>();
        final Set<String> children = new java.util.TreeSet<>();

        Plan(CampaignLaunched launched) {
            this.launched = launched;
            this.title = launched.title();
            this.awardPlan = launched.awardPlan() == null ? List.of() : launched.awardPlan();
            for (TargetKind kind : TargetKind.values()) {
                registeredWithdrawn.put(kind, new long[2]);
            }
        }

        String id() {
            return launched.campaignId().value();
        }
    }

    private final String rootId;
    private final ReportWindow window;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Plan> plans = new TreeMap<>();
    private final Map<String, Proposal> proposals = new HashMap<>();
    private final Map<String, Grant> grants = new HashMap<>();
    private final Set<String> decisions = new HashSet<>();
    private final Set<String> decisionsRevokedInWindow = new HashSet<>();

    CascadeFold(String rootId, ReportWindow window) {
        this.rootId = rootId;
        this.window = window;
    }

    void accept(EventMessage<?> event) {
        Instant at = event.getTimestamp();
        if (!window.known(at)) {
            return;
        }
        Class<?> type = event.getPayloadType();
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        boolean counted = window.counted(at);
        if (type == OrgUnitCreated.class) {
            OrgUnitCreated created = (OrgUnitCreated) event.getPayload();
            units.put(created.unitId().value(), new Unit(created.name(), created.level().name()));
        } else if (type == OrgUnitRenamed.class) {
            OrgUnitRenamed renamed = (OrgUnitRenamed) event.getPayload();
            units.computeIfPresent(renamed.unitId().value(), (id, unit) -> new Unit(renamed.name(), unit.level()));
        } else if (type == CampaignLaunched.class) {
            launched((CampaignLaunched) event.getPayload());
        } else if (isCampaignEvent(type)) {
            Plan plan = aggregate == null ? null : plans.get(aggregate);
            if (plan != null) {
                campaignEvent(plan, event.getPayload(), counted);
            }
        } else if (type == ProposalSubmitted.class) {
            submitted((ProposalSubmitted) event.getPayload(), at, counted);
        } else if (isProposalEvent(type)) {
            Proposal proposal = aggregate == null ? null : proposals.get(aggregate);
            if (proposal != null) {
                proposalEvent(proposal, event.getPayload(), at, counted);
            }
        } else if (type == AwardGranted.class) {
            granted((AwardGranted) event.getPayload(), counted);
        } else if (type == GrantRevoked.class || type == DecisionRevoked.class) {
            if (aggregate != null && decisions.contains(aggregate)) {
                revoked(event.getPayload(), counted);
            }
        }
    }

    private static boolean isCampaignEvent(Class<?> type) {
        return type == CampaignAmended.class || type == CampaignClosed.class || type == CampaignCancelled.class
                || type == ParticipantRegistered.class || type == RegistrationWithdrawn.class
                || type == RegistrationEvaluated.class || type == ReviewOpened.class || type == ReviewConcluded.class;
    }

    private static boolean isProposalEvent(Class<?> type) {
        return type == ProposalForwarded.class || type == ProposalReturned.class || type == ProposalResubmitted.class
                || type == ProposalApproved.class || type == ProposalRejected.class || type == ProposalWithdrawn.class
                || type == ProposalOverdue.class;
    }

    private void launched(CampaignLaunched event) {
        String id = event.campaignId().value();
        Plan parent = event.parentCampaignId() == null ? null : plans.get(event.parentCampaignId().value());
        if (id.equals(rootId) || parent != null) {
            plans.put(id, new Plan(event));
            if (parent != null && !id.equals(rootId)) {
                parent.children.add(id);
            }
        }
    }

    private void campaignEvent(Plan plan, Object payload, boolean counted) {
        if (payload instanceof CampaignAmended e) {
            plan.title = e.title();
            plan.awardPlan = e.awardPlan() == null ? List.of() : e.awardPlan();
        } else if (payload instanceof CampaignClosed) {
            plan.state = "CLOSED";
        } else if (payload instanceof CampaignCancelled) {
            plan.state = "CANCELLED";
        } else if (payload instanceof ParticipantRegistered e) {
            plan.registrations.put(e.registrationId().value(), new Registration(e.participant().kind()));
            if (counted) {
                plan.registeredWithdrawn.get(e.participant().kind())[0]++;
            }
        } else if (payload instanceof RegistrationWithdrawn e) {
            Registration registration = plan.registrations.get(e.registrationId().value());
            if (counted && registration != null) {
                plan.registeredWithdrawn.get(registration.kind)[1]++;
            }
        } else if (payload instanceof ReviewOpened e) {
            Review review = plan.reviews.computeIfAbsent(e.reviewId().value(),
                    id -> new Review(id, e.kind().name(), e.year()));
            review.counted |= counted;
        } else if (payload instanceof RegistrationEvaluated e) {
            Review review = plan.reviews.get(e.reviewId().value());
            if (review != null) {
                review.rate(e.registrationId().value(), e.rating());
                review.counted |= counted;
            }
        } else if (payload instanceof ReviewConcluded e) {
            Review review = plan.reviews.get(e.reviewId().value());
            if (review != null) {
                review.conclude(e.ratings(), e.nominees());
                review.counted |= counted;
            }
        }
    }

    private void submitted(ProposalSubmitted event, Instant at, boolean counted) {
        Plan plan = plans.get(event.campaignId().value());
        if (plan == null) {
            return;
        }
        Proposal proposal = new Proposal(event.proposalId().value(), plan.id(), event.awardType().name(), counted);
        proposal.holder = event.pendingAt().value();
        proposal.since = at;
        proposal.dueAt = event.dueAt();
        proposals.put(event.proposalId().value(), proposal);
        plan.proposals.put(event.proposalId().value(), proposal);
    }

    private void proposalEvent(Proposal p, Object payload, Instant at, boolean counted) {
        if (payload instanceof ProposalForwarded e) {
            move(p, e.toUnit().value(), e.dueAt(), ProposalStatus.PENDING, at, counted);
        } else if (payload instanceof ProposalReturned e) {
            move(p, e.toUnit().value(), null, ProposalStatus.RETURNED, at, counted);
        } else if (payload instanceof ProposalResubmitted e) {
            move(p, e.toUnit().value(), e.dueAt(), ProposalStatus.PENDING, at, counted);
        } else if (payload instanceof ProposalApproved) {
            move(p, null, null, ProposalStatus.APPROVED, at, counted);
        } else if (payload instanceof ProposalRejected) {
            move(p, null, null, ProposalStatus.REJECTED, at, counted);
        } else if (payload instanceof ProposalWithdrawn) {
            move(p, null, null, ProposalStatus.WITHDRAWN, at, counted);
        } else if (payload instanceof ProposalOverdue) {
            p.markedOverdue = true;
        }
    }

    /**
     * Ends the stay at the unit that held the proposal and begins the next, due at {@code dueAt}; a stay is counted,
     * and found late, in the window it ended in.
     */
    private void move(Proposal proposal, String to, Instant dueAt, ProposalStatus status, Instant at, boolean counted) {
        if (proposal.holder != null && counted) {
            long seconds = Duration.between(proposal.since, at).getSeconds();
            Plan plan = plans.get(proposal.campaignId);
            plan.stays.add(new Stay(levelOf(proposal.holder), seconds));
            if (proposal.dueAt != null && at.isAfter(proposal.dueAt)) {
                plan.lateStays.add(new LateStay(proposal, proposal.holder, proposal.dueAt, at));
            }
        }
        proposal.holder = to;
        proposal.since = at;
        proposal.dueAt = dueAt;
        proposal.markedOverdue = false;
        proposal.status = status;
    }

    private void granted(AwardGranted event, boolean counted) {
        Plan plan = plans.get(event.campaignId().value());
        Plan quotaPlan = event.quotaCampaignId() == null ? null : plans.get(event.quotaCampaignId().value());
        if (plan == null && quotaPlan == null) {
            return;
        }
        Grant grant = new Grant(event, levelOf(event.decidingUnit().value()), counted);
        grants.put(event.grantId().value(), grant);
        decisions.add(event.decisionId().value());
        if (plan != null) {
            plan.grants.put(event.grantId().value(), grant);
        }
        if (quotaPlan != null) {
            quotaPlan.quotaGrants.put(event.grantId().value(), grant);
        }
    }

    private void revoked(Object payload, boolean counted) {
        if (payload instanceof GrantRevoked e) {
            Grant grant = grants.get(e.grantId().value());
            if (grant == null) {
                return;
            }
            grant.revoked = true;
            grant.revokedInWindow = counted;
            grant.reason = e.reason();
        } else if (payload instanceof DecisionRevoked e && counted) {
            decisionsRevokedInWindow.add(e.decisionId().value());
        }
    }

    String levelOf(String unitId) {
        Unit unit = units.get(unitId);
        return unit == null ? UNKNOWN_LEVEL : unit.level();
    }

    String nameOf(String unitId) {
        Unit unit = units.get(unitId);
        return unit == null ? null : unit.name();
    }

    Plan plan(String id) {
        return plans.get(id);
    }

    String rootId() {
        return rootId;
    }

    /** The cut-off, null when the report runs to the store's head. */
    Instant end() {
        return window.end();
    }

    boolean decisionRevokedInWindow(String decisionId) {
        return decisionsRevokedInWindow.contains(decisionId);
    }
}
