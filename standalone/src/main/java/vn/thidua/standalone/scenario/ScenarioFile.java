package vn.thidua.standalone.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a scenario file (YAML) and refuses one that cannot be played before anything is sent, naming the file, the
 * step and the problem. The format is described in the scenarios' own files; in short:
 * <pre>
 * scenario: 003-ubnd-xa-lo-ku          # the scenario's id: part of every Idempotency-Key
 * title: …; seed: 003_….txt; summary: …
 * demo-until: so-ket-2022-ket-thuc     # optional: where the demo stops
 * steps:
 *   - id: phat-dong                    # unique in the file
 *     as: ubnd-xa-lo-ku                # the acting unit (its user, unless --user says otherwise)
 *     note: …                          # optional, for the reader
 *     launch: { …the API's body… }     # the step kind, one of {@link StepKind}
 * expect:
 *   - refused: step-id, status: 409, rule: C4, detail: …
 *   - granted: AWARD_TYPE, to: person-or-unit, by: deciding-unit, decision: "\d+/QĐ-UBND"
 *   - proposal: id, as: reader, status: PENDING, at: unit, route: ["SUBMITTED a → b", …]
 *   - quota: campaign, as: reader, awardType: …, targetKind: …, used: 9, limit: 10
 *   - campaign: id, as: reader, status: LAUNCHED, registrations: 5, reviews-concluded: 1
 * </pre>
 */
public final class ScenarioFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
    private static final Set<String> TOP_LEVEL = Set.of("scenario", "title", "seed", "summary", "demo-until", "steps", "expect");
    private static final Set<String> STEP_MEMBERS = Set.of("id", "as", "note");
    private static final List<String> EXPECTATION_KINDS = List.of("refused", "granted", "proposal", "quota", "campaign");

    private ScenarioFile() {
    }

    public static Scenario read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MalformedScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The scenarios shipped with the application ({@code scenarios/*.yml} on the classpath), in file name order. */
    public static List<Scenario> shipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/*.yml");
            List<Scenario> scenarios = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = resource.getInputStream()) {
                    scenarios.add(parse("scenarios/" + resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new IllegalStateException("the shipped scenarios cannot be read", e);
        }
    }

    public static Scenario parse(String source, String yaml) {
        Object document;
        try {
            document = new Yaml(new DatesAsText()).load(yaml);
        } catch (YAMLException e) {
            throw new MalformedScenarioException(source + ": not valid YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new MalformedScenarioException(source + ": a scenario is a mapping with scenario, title, steps and expect");
        }
        ObjectNode root = (ObjectNode) JSON.valueToTree(document);
        Problems problems = new Problems(source);
        root.propertyNames().stream().filter(name -> !TOP_LEVEL.contains(name)).forEach(name ->
                problems.fail("unknown member '" + name + "'; a scenario has " + sorted(TOP_LEVEL)));
        String id = text(root, "scenario", problems);
        if (!ID.matcher(id).matches()) {
            problems.fail("scenario id '" + id + "' must be lower-case letters, digits and '-' (it is part of every Idempotency-Key)");
        }
        JsonNode stepNodes = root.path("steps");
        if (!stepNodes.isArray() || stepNodes.isEmpty()) {
            problems.fail("'steps' must be a non-empty list");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            Step step = step(stepNodes.get(i), i + 1, problems);
            if (!stepIds.add(step.id())) {
                problems.fail("step '" + step.id() + "' (#" + (i + 1) + "): the id is used by an earlier step");
            }
            steps.add(step);
        }
        String demoUntil = root.path("demo-until").isMissingNode() ? null : root.path("demo-until").asString();
        if (demoUntil != null && !stepIds.contains(demoUntil)) {
            problems.fail("demo-until names no step: '" + demoUntil + "'");
        }
        List<Expectation> expectations = new ArrayList<>();
        JsonNode expectNodes = root.path("expect");
        for (int i = 0; i < expectNodes.size(); i++) {
            expectations.add(expectation(expectNodes.get(i), i + 1, stepIds, problems));
        }
        return new Scenario(id, root.path("title").asString(""), root.path("seed").asString(""), source, demoUntil,
                List.copyOf(steps), List.copyOf(expectations));
    }

    private static Step step(JsonNode node, int number, Problems problems) {
        if (!node.isObject()) {
            problems.fail("step #" + number + ": a step is a mapping with id, as and one step kind");
        }
        String id = node.path("id").asString("");
        if (!ID.matcher(id).matches()) {
            problems.fail("step #" + number + ": 'id' is missing or not lower-case letters, digits and '-': '" + id + "'");
        }
        String where = "step '" + id + "' (#" + number + ")";
        String actingUnit = node.path("as").asString("");
        if (actingUnit.isBlank()) {
            problems.fail(where + ": 'as' (the acting unit) is missing");
        }
        List<String> kindKeys = node.propertyNames().stream().filter(name -> !STEP_MEMBERS.contains(name)).toList();
        if (kindKeys.size() != 1) {
            problems.fail(where + ": needs exactly one step kind besides id, as and note, found " + kindKeys
                    + "; the kinds are " + StepKind.keys());
        }
        String kindKey = kindKeys.get(0);
        StepKind kind = StepKind.byKey(kindKey).orElseThrow(() -> problems.failure(where + ": unknown step kind '"
                + kindKey + "'; the kinds are " + StepKind.keys()));
        JsonNode members = node.path(kindKey);
        if (!members.isObject()) {
            problems.fail(where + ": '" + kindKey + "' must be a mapping (the request's members)");
        }
        emptyMember(members, kindKey).ifPresent(member -> problems.fail(where + ": '" + member + "' has no value;"
                + " a text with a comma inside { } or [ ] must be quoted, or it splits into several members"));
        ObjectNode body = ((ObjectNode) members).deepCopy();
        String path = kind.pathTemplate();
        for (String parameter : kind.pathParameters()) {
            JsonNode value = body.remove(parameter);
            if (value == null || !value.isValueNode() || value.asString().isBlank()) {
                problems.fail(where + ": '" + kindKey + "' needs '" + parameter + "' (it goes into " + kind.pathTemplate() + ")");
            }
            path = path.replace("{" + parameter + "}", value.asString());
        }
        if (!path.startsWith("/api/")) {
            problems.fail(where + ": the path must start with /api/, found " + path);
        }
        return new Step(id, number, actingUnit, kind, path, body, node.path("note").asString(null));
    }

    /** The path of the first member without a value, if any. */
    private static Optional<String> emptyMember(JsonNode node, String path) {
        if (node.isNull()) {
            return Optional.of(path);
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            Optional<String> empty = emptyMember(member.getValue(), path + "." + member.getKey());
            if (empty.isPresent()) {
                return empty;
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            Optional<String> empty = emptyMember(node.get(i), path + "[" + i + "]");
            if (empty.isPresent()) {
                return empty;
            }
        }
        return Optional.empty();
    }

    private static Expectation expectation(JsonNode node, int number, Set<String> stepIds, Problems problems) {
        List<String> kinds = EXPECTATION_KINDS.stream().filter(node::has).toList();
        if (kinds.size() != 1) {
            problems.fail("expectation #" + number + ": needs exactly one of " + EXPECTATION_KINDS + ", found " + node.propertyNames());
        }
        String kind = kinds.get(0);
        String subject = node.path(kind).asString("");
        String where = "expectation #" + number + " (" + kind + " " + subject + ")";
        return switch (kind) {
            case "refused" -> {
                if (!stepIds.contains(subject)) {
                    problems.fail(where + ": names no step of this scenario");
                }
                yield new Expectation.Refused(subject, number(node, "status", where, problems),
                        required(node, "rule", where, problems), node.path("detail").asString(null));
            }
            case "granted" -> {
                String decision = required(node, "decision", where, problems);
                try {
                    Pattern.compile(decision);
                } catch (PatternSyntaxException e) {
                    problems.fail(where + ": 'decision' is not a regular expression: " + e.getDescription());
                }
                yield new Expectation.Granted(subject, required(node, "to", where, problems),
                        required(node, "by", where, problems), decision);
            }
            case "proposal" -> {
                List<String> route = new ArrayList<>();
                node.path("route").forEach(hop -> route.add(hop.asString()));
                yield new Expectation.ProposalAt(subject, required(node, "as", where, problems),
                        required(node, "status", where, problems), node.path("at").asString(null),
                        node.has("route") ? List.copyOf(route) : null);
            }
            case "quota" -> new Expectation.QuotaUse(subject, required(node, "as", where, problems),
                    required(node, "awardType", where, problems), required(node, "targetKind", where, problems),
                    number(node, "used", where, problems), number(node, "limit", where, problems));
            default -> new Expectation.CampaignAt(subject, required(node, "as", where, problems),
                    node.path("status").asString(null), optionalNumber(node, "registrations"),
                    optionalNumber(node, "reviews-concluded"));
        };
    }

    private static String text(JsonNode root, String name, Problems problems) {
        String value = root.path(name).asString("");
        if (value.isBlank()) {
            problems.fail("'" + name + "' is missing");
        }
        return value;
    }

    private static String required(JsonNode node, String name, String where, Problems problems) {
        String value = node.path(name).asString("");
        if (value.isBlank()) {
            problems.fail(where + ": '" + name + "' is missing");
        }
        return value;
    }

    private static int number(JsonNode node, String name, String where, Problems problems) {
        if (!node.path(name).isInt()) {
            problems.fail(where + ": '" + name + "' must be a whole number");
        }
        return node.path(name).asInt();
    }

    private static Integer optionalNumber(JsonNode node, String name) {
        return node.path(name).isInt() ? node.path(name).asInt() : null;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** The first problem found ends the reading: a scenario is either playable whole or not at all. */
    private record Problems(String source) {
        MalformedScenarioException failure(String problem) {
            return new MalformedScenarioException(source + ": " + problem);
        }

        void fail(String problem) {
            throw failure(problem);
        }
    }

    /** Dates stay the text the analyst wrote (ISO-8601, as the API takes them), not {@code java.util.Date}. */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
        }
    }
}
