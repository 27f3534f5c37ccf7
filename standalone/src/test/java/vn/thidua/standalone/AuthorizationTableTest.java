package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.thidua.platform.security.Action;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Issue #9's authorization table, walked over HTTP on the demo hierarchy. The model ({@link Action}) must equal the
 * table written out here; every role an action does not allow is refused with 403 before anything runs; and for the
 * unit relation, a user of {@code ldld-lai-chau} (a PROVINCE of the trade-union tree) acts on its own unit, a child
 * ({@code ldld-tp-lai-chau}), a sibling ({@code ldld-quang-nam}) and its parent ({@code tong-ldld}), with real
 * preconditions (a proposal pending at each of them). After every 403 the event store has not grown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTableTest {

    private static final String OWN = "ldld-lai-chau";
    private static final String CHILD = "ldld-tp-lai-chau";
    private static final String SIBLING = "ldld-quang-nam";
    private static final String PARENT = "tong-ldld";
    /** The proposer below each target, so that a proposal is pending at the target. */
    private static final List<List<String>> PROPOSER_BELOW = List.of(List.of(OWN, CHILD), List.of(CHILD, "cd-thpt-le-quy-don"),
            List.of(SIBLING, "ldld-dai-loc"), List.of(PARENT, OWN));

    /** The model as the README shows it; change one and this test says which row. */
    private static final List<String> TABLE = List.of(
            "POST /api/units | OFFICER | own unit or below: the new unit's parent",
            "POST /api/units/{id}/rename | OFFICER | a unit above the target: the unit",
            "POST /api/units/{id}/reparent | OFFICER | a unit above the target: the unit (and the new parent in your subtree)",
            "POST /api/units/{id}/merge | OFFICER | a unit above the target: the unit (and the survivor in your subtree)",
            "POST /api/units/{id}/authority | OFFICER | a unit above the target: the unit",
            "POST /api/persons | OFFICER | own unit or below: the person's unit",
            "POST /api/achievements | OFFICER | own unit or below: the nominee's unit",
            "POST /api/campaigns | OFFICER | own unit: the issuer",
            "POST /api/campaigns/{id}/amend | OFFICER | own unit: the issuer",
            "POST /api/campaigns/{id}/close | OFFICER | own unit: the issuer",
            "POST /api/campaigns/{id}/cancel | OFFICER | own unit: the issuer",
            "POST /api/campaigns/{id}/registrations | OFFICER | own unit: the issuer, or the participant's unit",
            "POST /api/campaigns/{id}/registrations/bulk | OFFICER | own unit: the issuer, or each row's participant's unit (refused row by row)",
            "POST /api/campaigns/{id}/registrations/{registrationId}/withdraw | OFFICER | own unit: the issuer, or the participant's unit",
            "POST /api/campaigns/{id}/reviews | OFFICER | own unit: the issuer",
            "POST /api/campaigns/{id}/reviews/{reviewId}/evaluations | COUNCIL | own unit: the issuer",
            "POST /api/campaigns/{id}/reviews/{reviewId}/conclude | COUNCIL | own unit: the issuer",
            "POST /api/campaigns/{id}/progress-reports | OFFICER | own unit: the child plan's issuer",
            "POST /api/campaigns/{id}/title-standards | OFFICER | own unit: the issuer, or the participant's unit",
            "POST /api/campaigns/{id}/self-assessments | COUNCIL | own unit: the issuer, or the participant's unit",
            "POST /api/proposals | OFFICER | own unit: the proposer",
            "POST /api/proposals/{id}/forward | COUNCIL | own unit: the unit it is pending at",
            "POST /api/proposals/{id}/return | COUNCIL | own unit: the unit it is pending at",
            "POST /api/proposals/{id}/resubmit | OFFICER | own unit: the unit it was returned to",
            "POST /api/proposals/{id}/reject | COUNCIL | own unit: the unit it is pending at",
            "POST /api/proposals/{id}/approve | COUNCIL | own unit: the unit it is pending at",
            "POST /api/proposals/{id}/withdraw | OFFICER | own unit: the proposer",
            "POST /api/proposals/{id}/title-scores | COUNCIL | own unit: the unit it is pending at",
            "POST /api/decisions | COUNCIL | own unit: the deciding unit (the plan's issuer)",
            "POST /api/decisions/{id}/revoke | COUNCIL | own unit: the issuing unit",
            "POST /api/decisions/{id}/grants/{grantId}/revoke | COUNCIL | own unit: the issuing unit",
            "POST /api/rule-sets | OFFICER | national level only: -",
            "GET /api/rule-sets | OFFICER,COUNCIL,ANALYST,AUDITOR | any unit: -",
            "GET /api/rule-sets/{version} | OFFICER,COUNCIL,ANALYST,AUDITOR | any unit: -",
            "GET /api/me | OFFICER,COUNCIL,ANALYST,AUDITOR | any unit: -",
            "GET /api/units | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: each unit listed",
            "GET /api/units/{id} | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the unit",
            "GET /api/units/{id}/inbox | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the unit",
            "GET /api/units/{id}/outbox | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the unit",
            "GET /api/units/{id}/overdue | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the unit",
            "GET /api/proposals/{id} | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the proposer, or a unit on its route",
            "GET /api/campaigns | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: each plan's issuer",
            "GET /api/campaigns/{id} | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer, or the issuer of a plan implementing it",
            "GET /api/campaigns/{id}/tree | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer, or the issuer of a plan implementing it",
            "GET /api/campaigns/{id}/registrations | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer, else each participant's unit",
            "GET /api/campaigns/{id}/reviews | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer, or the issuer of a plan implementing it",
            "GET /api/campaigns/{id}/reviews/{reviewId} | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer, or the issuer of a plan implementing it",
            "GET /api/campaigns/{id}/quota | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: the issuer",
            "GET /api/campaigns/{id}/title-assessments | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: each participant's unit",
            "GET /api/awards | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: each grant's deciding or awarded unit",
            "GET /api/audit | OFFICER,COUNCIL,ANALYST,AUDITOR | own unit or below: each event's acting unit",
            "GET /api/audit/verify | AUDITOR | any unit: -",
            "POST /api/reports/phase | ANALYST,AUDITOR | own unit or below: the plan's issuer",
            "GET /api/reports/phase/{job} | ANALYST,AUDITOR | any unit: your own jobs only (404 otherwise)",
            "POST /api/admin/replays/{group} | AUDITOR | any unit: -",
            "GET /api/admin/replays/{group} | AUDITOR | any unit: -",
            "GET /api/admin/dead-letters | AUDITOR | any unit: -",
            "POST /api/admin/dead-letters/{group}/retry | AUDITOR | any unit: -",
            "POST /actuator/replays/{group} | AUDITOR | any unit: -",
            "GET /actuator/replays/{group} | AUDITOR | any unit: -");

    @TempDir
    static Path data;

    private RunningApp app;
    private Steps steps;

    @BeforeAll
    void start() {
        app = RunningApp.start(TestStore.h2(data).properties());
        steps = new Steps(app);
        for (Role role : Role.values()) {
            app.addUser(user(role), OWN, role);
        }
        for (List<String> pair : PROPOSER_BELOW) {
            steps.labourOrderProposal(pair.get(1), proposalAt(pair.get(0)));
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_model_is_the_table_and_covers_every_endpoint() {
        assertThat(Arrays.stream(Action.values()).map(AuthorizationTableTest::row).toList()).isEqualTo(TABLE);

        Set<String> endpoints = new TreeSet<>();
        app.bean(RequestMappingHandlerMapping.class, "requestMappingHandlerMapping").getHandlerMethods().keySet().forEach(mapping ->
                mapping.getPatternValues().stream().filter(path -> path.startsWith("/api/")).forEach(path ->
                        mapping.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + path))));
        Set<String> modelled = Arrays.stream(Action.values()).filter(action -> action.path().startsWith("/api/"))
                .map(action -> action.method().name() + " " + action.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(modelled).isEqualTo(endpoints);
    }

    static Stream<Arguments> forbiddenRoles() {
        return Arrays.stream(Action.values()).flatMap(action -> EnumSet.complementOf(EnumSet.copyOf(action.roles()))
                .stream().map(role -> Arguments.of(action, role)));
    }

    @ParameterizedTest(name = "{0} by {1}: 403")
    @MethodSource("forbiddenRoles")
    void a_role_the_model_does_not_list_is_refused_before_anything_runs(Action action, Role role) {
        String path = action.path().replaceAll("\\{[^}]+}", "x");
        ApiClient caller = app.as(user(role));
        long events = app.eventCount();

        Answer answer = action.method().name().equals("GET") ? caller.get(path) : caller.post(path, "{}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.rule()).isEqualTo("ROLE");
        assertThat(app.eventCount()).isEqualTo(events);
    }

    /** Action, role, target (own, child, sibling, parent of ldld-lai-chau), status. */
    static Stream<Arguments> unitRelations() {
        return Stream.of(
                rows(Action.UNIT_CREATE, Role.OFFICER, 201, 201, 403, 403),
                rows(Action.UNIT_RENAME, Role.OFFICER, 403, 200, 403, 403),
                rows(Action.PERSON_REGISTER, Role.OFFICER, 201, 201, 403, 403),
                rows(Action.CAMPAIGN_LAUNCH, Role.OFFICER, 201, 403, 403, 403),
                rows(Action.PROPOSAL_FORWARD, Role.COUNCIL, 200, 403, 403, 403),
                rows(Action.UNIT_READ, Role.OFFICER, 200, 200, 403, 403),
                rows(Action.UNIT_READ, Role.AUDITOR, 200, 200, 403, 403),
                rows(Action.UNIT_INBOX, Role.COUNCIL, 200, 200, 403, 403),
                // the plan of the proposer below each target: below the parent, that is ldld-lai-chau's own plan
                rows(Action.REVIEWS_LIST, Role.ANALYST, 200, 200, 403, 200),
                rows(Action.AUDIT_LOG, Role.ANALYST, 200, 200, 403, 403),
                rows(Action.AUDIT_LOG, Role.AUDITOR, 200, 200, 403, 403)
        ).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} by {1} on {2}: {3}")
    @MethodSource("unitRelations")
    void the_unit_relation_is_enforced_where_the_data_is(Action action, Role role, String target, int status) {
        long events = app.eventCount();

        Answer answer = send(app.as(user(role)), action, target);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        if (status == 403) {
            assertThat(answer.rule()).isEqualTo(action.rule());
            assertThat(app.eventCount()).isEqualTo(events);
        }
    }

    @Test
    void the_national_auditor_sees_a_unit_outside_every_ministry_auditors_tree() {
        expect(200, app.as("kiem-tra-trung-uong").get("/api/units/" + SIBLING));
        expect(200, app.as("kiem-tra-trung-uong").get("/api/audit?unit=ubnd-xa-lo-ku"));
        assertThat(app.as("kiem-tra-bo-ldtbxh").get("/api/units/" + SIBLING).status()).isEqualTo(403);
    }

    private Answer send(ApiClient caller, Action action, String target) {
        String fresh = target + "-" + action.name().toLowerCase().replace('_', '-');
        return switch (action) {
            case UNIT_CREATE -> caller.post("/api/units", """
                    {"unitId": "%s", "name": "Công đoàn cơ sở mới", "abbreviation": "CĐCS", "level": "COMMUNE",
                     "kind": "TRADE_UNION", "parentId": "%s"}""".formatted(fresh, target));
            case UNIT_RENAME -> caller.post("/api/units/" + target + "/rename", "{\"name\": \"Tên mới\", \"abbreviation\": \"TM\"}");
            case PERSON_REGISTER -> caller.post("/api/persons",
                    "{\"personId\": \"%s\", \"fullName\": \"Nguyễn Văn Một\", \"unitId\": \"%s\"}".formatted(fresh, target));
            case CAMPAIGN_LAUNCH -> caller.post("/api/campaigns", Steps.labourOrderPlan(fresh, target, "99/KH-" + fresh));
            case PROPOSAL_FORWARD -> caller.post("/api/proposals/" + proposalAt(target) + "/forward", "{\"vote\": " + Steps.VOTE + "}");
            case UNIT_READ -> caller.get("/api/units/" + target);
            case UNIT_INBOX -> caller.get("/api/units/" + target + "/inbox");
            case AUDIT_LOG -> caller.get("/api/audit?unit=" + target);
            case REVIEWS_LIST -> caller.get("/api/campaigns/kh-" + proposerBelow(target) + "/reviews");
            default -> throw new IllegalArgumentException("no request written for " + action);
        };
    }

    private static String proposerBelow(String target) {
        return PROPOSER_BELOW.stream().filter(pair -> pair.get(0).equals(target)).findFirst().orElseThrow().get(1);
    }

    private static String proposalAt(String target) {
        return "p-pending-at-" + target;
    }

    private static Stream<Arguments> rows(Action action, Role role, int own, int child, int sibling, int parent) {
        return Stream.of(Arguments.of(action, role, OWN, own), Arguments.of(action, role, CHILD, child),
                Arguments.of(action, role, SIBLING, sibling), Arguments.of(action, role, PARENT, parent));
    }

    private static String user(Role role) {
        return "lc-" + role.name().toLowerCase();
    }

    static String row(Action action) {
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (action.roles().contains(role)) {
                roles.add(role.name());
            }
        }
        return action.method().name() + " " + action.path() + " | " + String.join(",", roles) + " | "
                + action.relation().description() + ": " + action.target();
    }
}
