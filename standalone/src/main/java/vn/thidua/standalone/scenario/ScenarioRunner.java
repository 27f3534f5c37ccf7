package vn.thidua.standalone.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays a scenario through the HTTP API of a running instance, as its units' users, and checks what the plan
 * implies. Each step's Idempotency-Key is the scenario's id and the step's, so a second run finds every step done
 * and writes nothing. A step that is refused without the scenario expecting it stops the run: what follows would
 * build on it.
 */
public final class ScenarioRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String password;
    private final UnaryOperator<String> userOfUnit;

    /** {@code userOfUnit} names the user acting for a unit of the scenario (the demo's users are named after units). */
    public ScenarioRunner(String baseUrl, String password, UnaryOperator<String> userOfUnit) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.password = Objects.requireNonNull(password, "password");
        this.userOfUnit = userOfUnit;
    }

    /** What one step answered; {@code replayed} when the server had it already (the Idempotency-Key was used). */
    public record StepAnswer(Step step, int status, String body, boolean replayed) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }

        String rule() {
            return field(body, "rule");
        }

        String detail() {
            return field(body, "detail");
        }

        @Override
        public String toString() {
            return step.id() + " (" + step.actingUnit() + ", " + step.kind().key() + "): " + status
                    + (replayed ? " already done" : "") + (accepted() ? "" : " " + rule() + " " + detail());
        }

        private static String field(String body, String name) {
            try {
                return textOf(JSON.readTree(body).path(name));
            } catch (JacksonException notJson) {
                return null;
            }
        }
    }

    /**
     * The outcome of a run: the answers of the steps played, and every way the run differed from the scenario. A
     * run up to a step ({@code until}) checks the refusals on the way but not the outcomes, which are the end's.
     */
    public record Run(Scenario scenario, List<StepAnswer> answers, List<String> failures, boolean complete) {

        public boolean succeeded() {
            return failures.isEmpty();
        }
    }

    public Run play(Scenario scenario) {
        return play(scenario, null, answer -> { });
    }

    /** Plays the steps up to and including {@code until} (all of them when null), telling {@code progress} each. */
    public Run play(Scenario scenario, String until, Consumer<StepAnswer> progress) {
        if (until != null && scenario.step(until).isEmpty()) {
            throw new MalformedScenarioException(scenario.source() + ": --until names no step: '" + until + "'");
        }
        List<StepAnswer> answers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Step step : scenario.steps()) {
            StepAnswer answer = send(scenario, step);
            answers.add(answer);
            progress.accept(answer);
            Optional<Expectation.Refused> refusal = scenario.refusalOf(step);
            if (refusal.isPresent()) {
                refusalDiffers(refusal.get(), answer).ifPresent(failures::add);
            } else if (!answer.accepted()) {
                failures.add(scenario.source() + ": step '" + step.id() + "' (#" + step.number() + ") was refused: "
                        + answer.status() + " " + answer.body());
                return new Run(scenario, answers, failures, false);
            }
            if (step.id().equals(until)) {
                return new Run(scenario, answers, failures, false);
            }
        }
        for (Expectation expectation : scenario.expectations()) {
            outcomeDiffers(expectation).ifPresent(problem -> failures.add(scenario.source() + ": " + problem));
        }
        return new Run(scenario, answers, failures, true);
    }

    private StepAnswer send(Scenario scenario, Step step) {
        HttpRequest request = request(step.path(), step.actingUnit())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", scenario.idempotencyKey(step))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(step.body()), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = exchange(request);
        return new StepAnswer(step, response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").isPresent());
    }

    private static Optional<String> refusalDiffers(Expectation.Refused refused, StepAnswer answer) {
        boolean same = answer.status() == refused.status() && refused.rule().equals(answer.rule())
                && (refused.detail() == null || String.valueOf(answer.detail()).contains(refused.detail()));
        return same ? Optional.empty() : Optional.of("step '" + refused.step() + "' should be refused with "
                + refused.status() + " " + refused.rule() + (refused.detail() == null ? "" : " (\"" + refused.detail() + "\")")
                + " but answered " + answer.status() + " " + answer.body());
    }

    private Optional<String> outcomeDiffers(Expectation expectation) {
        if (expectation instanceof Expectation.Granted granted) {
            return grantDiffers(granted);
        }
        if (expectation instanceof Expectation.ProposalAt proposal) {
            return proposalDiffers(proposal);
        }
        if (expectation instanceof Expectation.QuotaUse quota) {
            return quotaDiffers(quota);
        }
        if (expectation instanceof Expectation.CampaignAt campaign) {
            return campaignDiffers(campaign);
        }
        return Optional.empty(); // a refusal is checked when its step plays

    }

    private Optional<String> grantDiffers(Expectation.Granted granted) {
        JsonNode register = get("/api/awards?type=" + granted.awardType() + "&size=500", granted.decidingUnit());
        Pattern number = Pattern.compile(granted.decisionNumber());
        List<String> seen = new ArrayList<>();
        for (JsonNode entry : register.path("items")) {
            String awardee = "INDIVIDUAL".equals(textOf(entry.path("participantKind")))
                    ? textOf(entry.path("personId")) : textOf(entry.path("unitId"));
            String decisionNumber = textOf(entry.path("decisionNumber"));
            String decidingUnit = textOf(entry.path("decidingUnit"));
            boolean revoked = entry.path("revoked").asBoolean();
            if (granted.awardee().equals(awardee) && granted.decidingUnit().equals(decidingUnit) && !revoked
                    && decisionNumber != null && number.matcher(decisionNumber).matches()) {
                return Optional.empty();
            }
            seen.add(awardee + " by " + decidingUnit + " in " + decisionNumber + (revoked ? " (revoked)" : ""));
        }
        return Optional.of("expected " + granted.awardType() + " granted to " + granted.awardee() + " by "
                + granted.decidingUnit() + " in a decision numbered " + granted.decisionNumber()
                + "; the register shows " + seen);
    }

    private Optional<String> proposalDiffers(Expectation.ProposalAt expected) {
        JsonNode tracker = get("/api/proposals/" + expected.proposal(), expected.reader());
        JsonNode proposal = tracker.path("proposal");
        List<String> route = new ArrayList<>();
        tracker.path("route").forEach(hop -> {
            String to = textOf(hop.path("toUnit"));
            route.add(textOf(hop.path("action")) + " " + textOf(hop.path("fromUnit")) + (to == null ? "" : " → " + to));
        });
        String status = textOf(proposal.path("status"));
        String pendingAt = textOf(proposal.path("pendingAt"));
        boolean same = expected.status().equals(status)
                && (expected.pendingAt() == null || expected.pendingAt().equals(pendingAt))
                && (expected.route() == null || expected.route().equals(route));
        return same ? Optional.empty() : Optional.of("expected proposal " + expected.proposal() + " " + expected.status()
                + (expected.pendingAt() == null ? "" : " at " + expected.pendingAt())
                + (expected.route() == null ? "" : " by the route " + expected.route())
                + "; it is " + status + " at " + pendingAt + " by the route " + route);
    }

    private Optional<String> quotaDiffers(Expectation.QuotaUse expected) {
        JsonNode quota = get("/api/campaigns/" + expected.campaign() + "/quota", expected.reader());
        for (JsonNode item : quota.path("items")) {
            if (expected.awardType().equals(textOf(item.path("awardType")))
                    && expected.targetKind().equals(textOf(item.path("targetKind")))) {
                int used = item.path("used").asInt();
                int limit = item.path("limit").asInt();
                return used == expected.used() && limit == expected.limit() ? Optional.empty()
                        : Optional.of("expected the quota of " + expected.awardType() + " for " + expected.targetKind()
                        + " in " + expected.campaign() + " used " + expected.used() + " of " + expected.limit()
                        + "; it is " + used + " of " + limit);
            }
        }
        return Optional.of("campaign " + expected.campaign() + " has no quota of " + expected.awardType() + " for "
                + expected.targetKind() + ": " + quota);
    }

    private Optional<String> campaignDiffers(Expectation.CampaignAt expected) {
        JsonNode details = get("/api/campaigns/" + expected.campaign(), expected.reader());
        String status = textOf(details.path("campaign").path("status"));
        int registrations = details.path("activeRegistrations").asInt();
        int concluded = details.path("reviewsConcluded").asInt();
        boolean same = (expected.status() == null || expected.status().equals(status))
                && (expected.activeRegistrations() == null || expected.activeRegistrations() == registrations)
                && (expected.reviewsConcluded() == null || expected.reviewsConcluded() == concluded);
        return same ? Optional.empty() : Optional.of("expected campaign " + expected.campaign() + " "
                + Objects.toString(expected.status(), "") + " with " + expected.activeRegistrations()
                + " registrations and " + expected.reviewsConcluded() + " reviews concluded; it is " + status
                + " with " + registrations + " and " + concluded);
    }

    private JsonNode get(String path, String unit) {
        HttpResponse<String> response = exchange(request(path, unit).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + userOfUnit.apply(unit) + " answered "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String unit) {
        String credentials = userOfUnit.apply(unit) + ":" + password;
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " was interrupted", e);
        }
    }

    private static String textOf(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
