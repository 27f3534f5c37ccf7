package vn.thidua.platform.security;

import static vn.thidua.platform.security.UnitRelation.ABOVE;
import static vn.thidua.platform.security.UnitRelation.ANY;
import static vn.thidua.platform.security.UnitRelation.NATIONAL;
import static vn.thidua.platform.security.UnitRelation.OWN;
import static vn.thidua.platform.security.UnitRelation.SUBTREE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint of the API as one authorization model (issue #9): which roles may call it, and where the caller's
 * unit must stand relative to the unit it acts on. {@link ActionAuthorization} lets a request through only when its
 * method and path are an action here and the caller holds one of its roles, so an endpoint missing from this list is
 * refused; the unit relation is enforced where the data is (aggregates, projections), naming {@link #rule()}.
 */
public enum Action {

    UNIT_CREATE(HttpMethod.POST, "/api/units", Roles.OFFICER, SUBTREE, "the new unit's parent", "U1"),
    UNIT_RENAME(HttpMethod.POST, "/api/units/{id}/rename", Roles.OFFICER, ABOVE, "the unit", "U2"),
    UNIT_REPARENT(HttpMethod.POST, "/api/units/{id}/reparent", Roles.OFFICER, ABOVE, "the unit (and the new parent in your subtree)", "U2"),
    UNIT_MERGE(HttpMethod.POST, "/api/units/{id}/merge", Roles.OFFICER, ABOVE, "the unit (and the survivor in your subtree)", "U2"),
    UNIT_AUTHORITY(HttpMethod.POST, "/api/units/{id}/authority", Roles.OFFICER, ABOVE, "the unit", "U2"),
    PERSON_REGISTER(HttpMethod.POST, "/api/persons", Roles.OFFICER, SUBTREE, "the person's unit", "C4"),
    ACHIEVEMENTS_RECORD(HttpMethod.POST, "/api/achievements", Roles.OFFICER, SUBTREE, "the nominee's unit", "C7"),
    CAMPAIGN_LAUNCH(HttpMethod.POST, "/api/campaigns", Roles.OFFICER, OWN, "the issuer", "C1"),
    CAMPAIGN_AMEND(HttpMethod.POST, "/api/campaigns/{id}/amend", Roles.OFFICER, OWN, "the issuer", "C3"),
    CAMPAIGN_CLOSE(HttpMethod.POST, "/api/campaigns/{id}/close", Roles.OFFICER, OWN, "the issuer", "C8"),
    CAMPAIGN_CANCEL(HttpMethod.POST, "/api/campaigns/{id}/cancel", Roles.OFFICER, OWN, "the issuer", "C8"),
    REGISTRATION_FILE(HttpMethod.POST, "/api/campaigns/{id}/registrations", Roles.OFFICER, OWN, "the issuer, or the participant's unit", "C4"),
    REGISTRATION_BULK(HttpMethod.POST, "/api/campaigns/{id}/registrations/bulk", Roles.OFFICER, OWN, "the issuer, or each row's participant's unit (refused row by row)", "C4"),
    REGISTRATION_WITHDRAW(HttpMethod.POST, "/api/campaigns/{id}/registrations/{registrationId}/withdraw", Roles.OFFICER, OWN, "the issuer, or the participant's unit", "C4"),
    REVIEW_OPEN(HttpMethod.POST, "/api/campaigns/{id}/reviews", Roles.OFFICER, OWN, "the issuer", "C5"),
    REVIEW_EVALUATE(HttpMethod.POST, "/api/campaigns/{id}/reviews/{reviewId}/evaluations", Roles.COUNCIL, OWN, "the issuer", "C6"),
    REVIEW_CONCLUDE(HttpMethod.POST, "/api/campaigns/{id}/reviews/{reviewId}/conclude", Roles.COUNCIL, OWN, "the issuer", "C7"),
    PROGRESS_REPORT(HttpMethod.POST, "/api/campaigns/{id}/progress-reports", Roles.OFFICER, OWN, "the child plan's issuer", "C9"),
    TITLE_STANDARDS_REGISTER(HttpMethod.POST, "/api/campaigns/{id}/title-standards", Roles.OFFICER, OWN, "the issuer, or the participant's unit", "T1"),
    SELF_ASSESSMENT_RECORD(HttpMethod.POST, "/api/campaigns/{id}/self-assessments", Roles.COUNCIL, OWN, "the issuer, or the participant's unit", "T1"),
    PROPOSAL_SUBMIT(HttpMethod.POST, "/api/proposals", Roles.OFFICER, OWN, "the proposer", "P1"),
    PROPOSAL_FORWARD(HttpMethod.POST, "/api/proposals/{id}/forward", Roles.COUNCIL, OWN, "the unit it is pending at", "P2"),
    PROPOSAL_RETURN(HttpMethod.POST, "/api/proposals/{id}/return", Roles.COUNCIL, OWN, "the unit it is pending at", "P2"),
    PROPOSAL_RESUBMIT(HttpMethod.POST, "/api/proposals/{id}/resubmit", Roles.OFFICER, OWN, "the unit it was returned to", "P4"),
    PROPOSAL_REJECT(HttpMethod.POST, "/api/proposals/{id}/reject", Roles.COUNCIL, OWN, "the unit it is pending at", "P2"),
    PROPOSAL_APPROVE(HttpMethod.POST, "/api/proposals/{id}/approve", Roles.COUNCIL, OWN, "the unit it is pending at", "P2"),
    PROPOSAL_WITHDRAW(HttpMethod.POST, "/api/proposals/{id}/withdraw", Roles.OFFICER, OWN, "the proposer", "P4"),
    TITLE_SCORES(HttpMethod.POST, "/api/proposals/{id}/title-scores", Roles.COUNCIL, OWN, "the unit it is pending at", "T2"),
    DECISION_ISSUE(HttpMethod.POST, "/api/decisions", Roles.COUNCIL, OWN, "the deciding unit (the plan's issuer)", "D1"),
    DECISION_REVOKE(HttpMethod.POST, "/api/decisions/{id}/revoke", Roles.COUNCIL, OWN, "the issuing unit", "D4"),
    GRANT_REVOKE(HttpMethod.POST, "/api/decisions/{id}/grants/{grantId}/revoke", Roles.COUNCIL, OWN, "the issuing unit", "D4"),
    RULE_SET_PUBLISH(HttpMethod.POST, "/api/rule-sets", Roles.OFFICER, NATIONAL, "-", "R1"),
    RULE_SETS_LIST(HttpMethod.GET, "/api/rule-sets", Roles.ALL, ANY, "-", "-"),
    RULE_SET_READ(HttpMethod.GET, "/api/rule-sets/{version}", Roles.ALL, ANY, "-", "-"),
    ME(HttpMethod.GET, "/api/me", Roles.ALL, ANY, "-", "-"),

    UNITS_LIST(HttpMethod.GET, "/api/units", Roles.ALL, SUBTREE, "each unit listed", "-"),
    UNIT_READ(HttpMethod.GET, "/api/units/{id}", Roles.ALL, SUBTREE, "the unit", "U1"),
    UNIT_INBOX(HttpMethod.GET, "/api/units/{id}/inbox", Roles.ALL, SUBTREE, "the unit", "P2"),
    UNIT_OUTBOX(HttpMethod.GET, "/api/units/{id}/outbox", Roles.ALL, SUBTREE, "the unit", "P2"),
    UNIT_OVERDUE(HttpMethod.GET, "/api/units/{id}/overdue", Roles.ALL, SUBTREE, "the unit", "P2"),
    PROPOSAL_READ(HttpMethod.GET, "/api/proposals/{id}", Roles.ALL, SUBTREE, "the proposer, or a unit on its route", "P2"),
    CAMPAIGNS_LIST(HttpMethod.GET, "/api/campaigns", Roles.ALL, SUBTREE, "each plan's issuer", "-"),
    CAMPAIGN_READ(HttpMethod.GET, "/api/campaigns/{id}", Roles.ALL, SUBTREE, "the issuer, or the issuer of a plan implementing it", "SCOPE"),
    CAMPAIGN_TREE(HttpMethod.GET, "/api/campaigns/{id}/tree", Roles.ALL, SUBTREE, "the issuer, or the issuer of a plan implementing it", "SCOPE"),
    REGISTRATIONS_LIST(HttpMethod.GET, "/api/campaigns/{id}/registrations", Roles.ALL, SUBTREE, "the issuer, else each participant's unit", "-"),
    REVIEWS_LIST(HttpMethod.GET, "/api/campaigns/{id}/reviews", Roles.ALL, SUBTREE, "the issuer, or the issuer of a plan implementing it", "SCOPE"),
    REVIEW_READ(HttpMethod.GET, "/api/campaigns/{id}/reviews/{reviewId}", Roles.ALL, SUBTREE, "the issuer, or the issuer of a plan implementing it", "SCOPE"),
    QUOTA_READ(HttpMethod.GET, "/api/campaigns/{id}/quota", Roles.ALL, SUBTREE, "the issuer", "SCOPE"),
    TITLE_ASSESSMENTS_READ(HttpMethod.GET, "/api/campaigns/{id}/title-assessments", Roles.ALL, SUBTREE, "each participant's unit", "-"),
    AWARDS_LIST(HttpMethod.GET, "/api/awards", Roles.ALL, SUBTREE, "each grant's deciding or awarded unit", "-"),
    AUDIT_LOG(HttpMethod.GET, "/api/audit", Roles.ALL, SUBTREE, "each event's acting unit", "SCOPE"),
    AUDIT_VERIFY(HttpMethod.GET, "/api/audit/verify", Roles.AUDITOR, ANY, "-", "-"),
    REPORT_START(HttpMethod.POST, "/api/reports/phase", Roles.ANALYST_OR_AUDITOR, SUBTREE, "the plan's issuer", "SCOPE"),
    REPORT_READ(HttpMethod.GET, "/api/reports/phase/{job}", Roles.ANALYST_OR_AUDITOR, ANY, "your own jobs only (404 otherwise)", "-"),
    REPLAY_START(HttpMethod.POST, "/api/admin/replays/{group}", Roles.AUDITOR, ANY, "-", "-"),
    REPLAY_PROGRESS(HttpMethod.GET, "/api/admin/replays/{group}", Roles.AUDITOR, ANY, "-", "-"),
    DEAD_LETTERS_LIST(HttpMethod.GET, "/api/admin/dead-letters", Roles.AUDITOR, ANY, "-", "-"),
    DEAD_LETTERS_RETRY(HttpMethod.POST, "/api/admin/dead-letters/{group}/retry", Roles.AUDITOR, ANY, "-", "-"),
    ACTUATOR_REPLAY_START(HttpMethod.POST, "/actuator/replays/{group}", Roles.AUDITOR, ANY, "-", "-"),
    ACTUATOR_REPLAY_PROGRESS(HttpMethod.GET, "/actuator/replays/{group}", Roles.AUDITOR, ANY, "-", "-");

    private final HttpMethod method;
    private final String path;
    private final PathPattern pattern;
    private final Set<Role> roles;
    private final UnitRelation relation;
    private final String target;
    private final String rule;

    Action(HttpMethod method, String path, Set<Role> roles, UnitRelation relation, String target, String rule) {
        this.method = method;
        this.path = path;
        this.pattern = PathPatternParser.defaultInstance.parse(path);
        this.roles = roles;
        this.relation = relation;
        this.target = target;
        this.rule = rule;
    }

    /** The action a request is, if the model has it. */
    public static Optional<Action> of(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return Arrays.stream(values())
                .filter(action -> action.method.matches(method) && action.pattern.matches(container))
                .findFirst();
    }

    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public HttpMethod method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Set<Role> roles() {
        return roles;
    }

    public UnitRelation relation() {
        return relation;
    }

    /** The unit the relation is measured against. */
    public String target() {
        return target;
    }

    /** The rule a refusal for the wrong unit names ({@code -} where a list is filtered instead of refused). */
    public String rule() {
        return rule;
    }

    /** Role sets shared by several actions; an enum's constants cannot refer to its own static fields. */
    private static final class Roles {
        static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
        static final Set<Role> COUNCIL = EnumSet.of(Role.COUNCIL);
        static final Set<Role> AUDITOR = EnumSet.of(Role.AUDITOR);
        static final Set<Role> ANALYST_OR_AUDITOR = EnumSet.of(Role.ANALYST, Role.AUDITOR);
        static final Set<Role> ALL = EnumSet.allOf(Role.class);
    }
}
