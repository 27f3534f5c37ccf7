package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.platform.security.Role;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Issue #9's fuzz test: every POST endpoint the app maps (read from Spring's handler mapping, so a new endpoint is
 * fuzzed without touching this class) gets requests built from a valid body and then broken: malformed JSON, wrong
 * types, missing fields, unknown ids, 100 000-character strings, bodies over 1 MiB, reused Idempotency-Keys, users
 * of the wrong unit or role, and, since valid bodies go out in random order, out-of-order actions (a forward after
 * the proposal left, an approval twice, a review concluded before it opened). Reproducible: the seed is printed and
 * {@code -Dfuzz.seed} replays a run. Nothing may answer 5xx; every 4xx is a problem detail naming a rule and
 * showing no exception or SQL; the event store grows only with accepted commands.
 */
class ApiFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1_200);
    private static final long SEED = Long.getLong("fuzz.seed", 9_2026L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Z]+)");

    /** Callers: every role, at units on the proposals' route, beside it and in another tree. */
    private static final Map<String, Caller> USERS = Map.ofEntries(
            Map.entry("fz-ldld-lai-chau", new Caller("ldld-lai-chau", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-ldld-tp-lai-chau", new Caller("ldld-tp-lai-chau", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-cd-thpt-le-quy-don", new Caller("cd-thpt-le-quy-don", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-ldld-quang-nam", new Caller("ldld-quang-nam", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-tong-ldld", new Caller("tong-ldld", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-trung-uong", new Caller("trung-uong", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-ubnd-xa-lo-ku", new Caller("ubnd-xa-lo-ku", Role.OFFICER, Role.COUNCIL)),
            Map.entry("fz-council-lai-chau", new Caller("ldld-lai-chau", Role.COUNCIL)),
            Map.entry("fz-officer-lai-chau", new Caller("ldld-lai-chau", Role.OFFICER)),
            Map.entry("fz-auditor-bo", new Caller("bo-ldtbxh", Role.AUDITOR)),
            Map.entry("fz-auditor-tw", new Caller("trung-uong", Role.AUDITOR)),
            Map.entry("fz-analyst-lai-chau", new Caller("ldld-lai-chau", Role.ANALYST)));
    private static final List<String> PROPOSERS = List.of("ldld-tp-lai-chau", "cd-thpt-le-quy-don");
    private static final String CSV_PLAN = "kh-fz-csv";
    private static final List<String> CALLERS = List.copyOf(new TreeSet<>(USERS.keySet()));

    /** Values that exist after the set-up, by kind; the fuzzer also invents ones that do not. */
    private static final Map<String, List<String>> KNOWN = Map.of(
            "UNIT", List.of("ldld-lai-chau", "ldld-tp-lai-chau", "cd-thpt-le-quy-don", "ldld-quang-nam", "tong-ldld",
                    "trung-uong", "ubnd-xa-lo-ku"),
            "CAMPAIGN", List.of("kh-ldld-tp-lai-chau", "kh-cd-thpt-le-quy-don"),
            "REGISTRATION", List.of("dk-ldld-tp-lai-chau", "dk-cd-thpt-le-quy-don"),
            "REVIEW", List.of("tk-2025"),
            "PERSON", List.of("cb-ldld-tp-lai-chau", "cb-cd-thpt-le-quy-don"),
            "PROPOSAL", List.of("p-fuzz-ldld-tp-lai-chau", "p-fuzz-cd-thpt-le-quy-don"),
            "DECISION", List.of("qd-fuzz-1", "qd-fuzz-2"),
            "GRANT", List.of("qd-fuzz-1-1", "qd-fuzz-2-1"),
            "GROUP", List.of("units", "audit-log", "no-such-view"));

    /** A valid body per endpoint; {@code $KIND} stands for a value of that kind, {@code $NEW} for a fresh id. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("/api/units", """
                    {"unitId": "$NEW", "name": "Công đoàn cơ sở", "abbreviation": "CĐCS", "level": "COMMUNE",
                     "kind": "TRADE_UNION", "parentId": "$UNIT"}"""),
            Map.entry("/api/units/{id}/rename", "{\"name\": \"Tên mới\", \"abbreviation\": \"TM\"}"),
            Map.entry("/api/units/{id}/reparent", "{\"parentId\": \"$UNIT\"}"),
            Map.entry("/api/units/{id}/merge", "{\"survivorId\": \"$UNIT\"}"),
            Map.entry("/api/units/{id}/authority", "{\"authority\": [\"CERTIFICATE_OF_MERIT\", \"ADVANCED_WORKER\"]}"),
            Map.entry("/api/persons", "{\"personId\": \"$NEW\", \"fullName\": \"Lò Văn Fuzz\", \"unitId\": \"$UNIT\"}"),
            Map.entry("/api/achievements", """
                    {"participant": {"kind": "INDIVIDUAL", "personId": "$PERSON"},
                     "ratings": [{"year": 2024, "rating": "GOOD"}], "awards": []}"""),
            Map.entry("/api/campaigns", Steps.labourOrderPlan("$NEW", "$UNIT", "$NEW")),
            Map.entry("/api/campaigns/{id}/amend", """
                    {"title": "Kế hoạch sửa đổi", "period": {"from": "2025-01-01", "to": "2025-12-31"},
                     "targets": [{"kind": "INDIVIDUAL", "theme": "Lao động giỏi",
                                  "criteria": [{"code": "KC", "description": "Chấp hành kỷ cương"}]}],
                     "awardPlan": [{"awardType": "LABOUR_ORDER_3", "targetKind": "INDIVIDUAL"}],
                     "schedule": [{"kind": "FINAL", "year": 2025}], "legalBases": ["Quyết định số 733/QĐ-TTg"]}"""),
            Map.entry("/api/campaigns/{id}/close", "{}"),
            Map.entry("/api/campaigns/{id}/cancel", "{\"reason\": \"Không còn phù hợp\"}"),
            Map.entry("/api/campaigns/{id}/registrations", """
                    {"registrationId": "$NEW", "participant": {"kind": "INDIVIDUAL", "personId": "$PERSON"},
                     "commitments": ["Hoàn thành xuất sắc nhiệm vụ"]}"""),
            Map.entry("/api/campaigns/{id}/registrations/{registrationId}/withdraw", "{\"reason\": \"Chuyển công tác\"}"),
            Map.entry("/api/campaigns/{id}/reviews", "{\"reviewId\": \"$NEW\", \"kind\": \"PERIODIC\", \"year\": 2025, \"title\": \"6 tháng\"}"),
            Map.entry("/api/campaigns/{id}/reviews/{reviewId}/evaluations", "{\"registrationId\": \"$REGISTRATION\", \"rating\": \"GOOD\"}"),
            Map.entry("/api/campaigns/{id}/reviews/{reviewId}/conclude",
                    "{\"nominees\": [{\"registrationId\": \"$REGISTRATION\", \"awardType\": \"LABOUR_ORDER_3\"}]}"),
            Map.entry("/api/campaigns/{id}/progress-reports", "{\"reportId\": \"$NEW\", \"periodLabel\": \"6 tháng\", \"summary\": \"Tốt\"}"),
            Map.entry("/api/proposals", """
                    {"proposalId": "$NEW", "campaignId": "$CAMPAIGN", "reviewId": "$REVIEW", "registrationId": "$REGISTRATION",
                     "awardType": "LABOUR_ORDER_3", "dossier": %s, "vote": %s}""".formatted(Steps.DOSSIER, Steps.VOTE)),
            Map.entry("/api/proposals/{id}/forward", "{\"vote\": " + Steps.VOTE + "}"),
            Map.entry("/api/proposals/{id}/return", "{\"reason\": \"Thiếu biên bản\", \"missingItems\": [\"COUNCIL_MINUTES\"]}"),
            Map.entry("/api/proposals/{id}/resubmit", "{\"dossier\": " + Steps.DOSSIER + ", \"vote\": " + Steps.VOTE + "}"),
            Map.entry("/api/proposals/{id}/reject", "{\"reason\": \"Không đủ tiêu chuẩn\"}"),
            Map.entry("/api/proposals/{id}/approve", "{\"decisionId\": \"$DECISION\", \"vote\": " + Steps.VOTE + "}"),
            Map.entry("/api/proposals/{id}/withdraw", "{\"reason\": \"Rút hồ sơ\"}"),
            Map.entry("/api/decisions", """
                    {"decisionId": "$DECISION", "campaignId": "$CAMPAIGN", "reviewId": "$REVIEW",
                     "grants": [{"registrationId": "$REGISTRATION", "awardType": "CERTIFICATE_OF_MERIT"}]}"""),
            Map.entry("/api/decisions/{id}/revoke", "{\"reason\": \"Sai sót\"}"),
            Map.entry("/api/decisions/{id}/grants/{grantId}/revoke", "{\"reason\": \"Sai sót\"}"),
            Map.entry("/api/rule-sets", "{\"version\": \"2099.$NEW\", \"document\": \"authority: {}\"}"),
            Map.entry("/api/reports/phase", "{\"campaignId\": \"$CAMPAIGN\"}"));

    private record Caller(String unit, Role... roles) {
    }

    @TempDir
    static Path data;

    @Test
    void every_POST_endpoint_survives_broken_and_out_of_order_requests_without_5xx_or_stray_events() {
        System.out.println("ApiFuzzTest seed " + SEED + " (replay with -Dfuzz.seed=" + SEED + ")");
        Random random = new Random(SEED);
        try (RunningApp app = startedWithProposals(data)) {
            List<String> endpoints = postEndpoints(app);
            assertThat(endpoints).hasSizeGreaterThanOrEqualTo(VALID.size());

            Map<String, Integer> answered = new TreeMap<>();
            long acceptedEvents = 0;
            long start = app.eventCount();
            String lastKey = UUID.randomUUID().toString();
            for (int n = 0; n < REQUESTS; n++) {
                String pattern = endpoints.get(random.nextInt(endpoints.size()));
                String path = fill(pattern, random);
                int mutation = random.nextInt(9);
                String body = mutate(VALID.getOrDefault(pattern, "{}"), mutation, random, n);
                String key = mutation == 8 ? lastKey : UUID.randomUUID().toString();
                lastKey = key;
                ApiClient caller = app.as(CALLERS.get(random.nextInt(CALLERS.size())));
                long before = app.eventCount();

                Answer answer = caller.post(path, body, key);

                String request = "#" + n + " mutation " + mutation + " POST " + path + " " + abbreviated(body);
                acceptedEvents += checked(answer, request, app.eventCount() - before);
                answered.merge(answer.status() / 100 + "xx " + pattern, 1, Integer::sum);
            }
            System.out.println("ApiFuzzTest answers by class and endpoint: " + answered);
            assertThat(app.eventCount() - start).isEqualTo(acceptedEvents);
            assertThat(answered.keySet()).as("some requests are accepted").anyMatch(k -> k.startsWith("2xx"));
        }
    }

    /**
     * The CSV form of registration in bulk reads a file byte by byte, which JSON's mutations above never reach: files
     * cut short, stray quotes, bytes that are not UTF-8, control characters, a cell of 100 000 characters, mixed
     * separators, the header alone or twice, a charset other than UTF-8, sent by every caller to plans that exist
     * and plans that do not. The same rules hold as for JSON.
     */
    @Test
    void the_CSV_file_of_a_bulk_registration_survives_broken_files_without_5xx_or_stray_events() {
        Random random = new Random(SEED);
        try (RunningApp app = startedWithProposals(data.resolve("csv"))) {
            // the proposals' plans are past their final review: this one takes registrations
            new Steps(app).launch("fz-ldld-lai-chau", CSV_PLAN, "ldld-lai-chau", "12/KH-LĐLĐ", null, 2025, 2026, """
                    [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "INDIVIDUAL"}]""");
            Map<String, Integer> answered = new TreeMap<>();
            long acceptedEvents = 0;
            long start = app.eventCount();
            for (int n = 0; n < REQUESTS / 4; n++) {
                String path = "/api/campaigns/" + (random.nextInt(5) == 0 ? unknown(random) : CSV_PLAN)
                        + "/registrations/bulk";
                int mutation = random.nextInt(10);
                byte[] file = brokenCsv(mutation, random, n);
                String type = mutation == 9 ? "text/csv; charset=" + pick(List.of("ISO-8859-1", "windows-1258",
                        "\"utf-8\"", "no-such-charset"), random) : "text/csv";
                ApiClient caller = app.as(CALLERS.get(random.nextInt(CALLERS.size())));
                long before = app.eventCount();

                Answer answer = caller.upload(path, type, file, UUID.randomUUID().toString());

                String request = "#" + n + " mutation " + mutation + " POST " + path + " (" + type + ") "
                        + abbreviated(new String(file, StandardCharsets.UTF_8));
                acceptedEvents += checked(answer, request, app.eventCount() - before);
                answered.merge(answer.status() + " mutation " + mutation, 1, Integer::sum);
            }
            System.out.println("ApiFuzzTest CSV answers by status and mutation: " + answered);
            assertThat(app.eventCount() - start).isEqualTo(acceptedEvents);
            assertThat(answered.keySet()).as("some files are accepted").anyMatch(k -> k.startsWith("200"));
        }
    }

    /** The app on an H2 store in {@code directory}, with the callers and a proposal of each proposer. */
    private static RunningApp startedWithProposals(Path directory) {
        RunningApp app = RunningApp.start(TestStore.h2(directory).properties());
        USERS.forEach((name, caller) -> app.addUser(name, caller.unit(), caller.roles()));
        Steps steps = new Steps(app);
        for (String proposer : PROPOSERS) {
            steps.labourOrderProposal(proposer, "p-fuzz-" + proposer);
        }
        return app;
    }

    /**
     * No 5xx; a 4xx is a problem detail naming its rule, leaking nothing and writing nothing. The events an accepted
     * request wrote.
     */
    private static long checked(Answer answer, String request, long written) {
        String described = request + " -> " + abbreviated(answer.body());
        assertThat(answer.status()).as(described).isLessThan(500);
        if (answer.status() < 400) {
            return written;
        }
        assertThat(answer.header("Content-Type")).as(described).startsWith("application/problem+json");
        assertThat(answer.rule()).as(described).isNotBlank();
        HardeningTest.assertNothingLeaks(answer.body());
        assertThat(written).as(described).isZero();
        return 0;
    }

    private static byte[] brokenCsv(int mutation, Random random, int n) {
        String valid = "registrationId,kind,unitId,personId,commitments\r\n"
                + "fz-csv-" + n + ",INDIVIDUAL,," + pick(KNOWN.get("PERSON"), random) + ",Hoàn thành nhiệm vụ\r\n"
                + "," + pick(List.of("COLLECTIVE", "collective"), random) + "," + pick(KNOWN.get("UNIT"), random)
                + ",,\"Đoàn kết; sáng tạo, \"\"đổi mới\"\"\"\r\n";
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        return switch (mutation) {
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> inserted(valid, pick(List.of("\"", "\"\"\"", ",", ";", "\r", "\n"), random), random)
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> {
                byte[] garbled = bytes.clone();
                for (int i = 0; i < 5; i++) {
                    garbled[random.nextInt(garbled.length)] = (byte) (0x80 + random.nextInt(0x80));
                }
                yield garbled;
            }
            case 4 -> inserted(valid, pick(List.of("\u0000", "\u0007", "\uFEFF", "\u202E"), random), random)
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> valid.replace("Hoàn thành", "Đ".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
            case 6 -> valid.replaceFirst(",", ";").getBytes(StandardCharsets.UTF_8);
            case 7 -> pick(List.of("", "\r\n", "registrationId,kind,unitId,personId,commitments\r\n",
                    "kind,kind,unitId,personId,commitments\r\nINDIVIDUAL,INDIVIDUAL,,x,y\r\n", "{\"rows\": []}"),
                    random).getBytes(StandardCharsets.UTF_8);
            case 8 -> (valid + valid).getBytes(StandardCharsets.UTF_8);
            default -> bytes;
        };
    }

    private static String inserted(String text, String insert, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static List<String> postEndpoints(RunningApp app) {
        TreeSet<String> found = new TreeSet<>();
        app.bean(RequestMappingHandlerMapping.class, "requestMappingHandlerMapping").getHandlerMethods().keySet()
                .stream().filter(mapping -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .forEach(mapping -> mapping.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(found::add));
        return new ArrayList<>(found);
    }

    /** Path variables: mostly a value of the kind the segment before names, sometimes one that does not exist. */
    private static String fill(String pattern, Random random) {
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String kind = switch (segments[i - 1]) {
                    case "units" -> "UNIT";
                    case "campaigns" -> "CAMPAIGN";
                    case "registrations" -> "REGISTRATION";
                    case "reviews" -> "REVIEW";
                    case "proposals" -> "PROPOSAL";
                    case "decisions" -> "DECISION";
                    case "grants" -> "GRANT";
                    default -> "GROUP";
                };
                segments[i] = random.nextInt(5) == 0 ? unknown(random) : pick(KNOWN.get(kind), random);
            }
        }
        return String.join("/", segments);
    }

    private static String mutate(String valid, int mutation, Random random, int n) {
        String body = substitute(valid, random, n, mutation == 3);
        return switch (mutation) {
            case 1 -> body.substring(0, random.nextInt(Math.max(1, body.length())));
            case 2 -> retyped(body, random);
            case 4 -> without(body, random);
            case 5 -> withHugeString(body, random, 100_000);
            case 6 -> random.nextInt(4) == 0 ? withHugeString(body, random, (1 << 20) + 10) : body;
            case 7 -> pick(List.of("", "null", "[]", "\"text\"", "42", "{\"a\":", "{{}}", "\u0000"), random);
            default -> body;
        };
    }

    private static String substitute(String template, Random random, int n, boolean unknownIds) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder body = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(1);
            String value = kind.equals("NEW") ? "fz-" + n + "-" + random.nextInt(1000)
                    : unknownIds ? unknown(random) : pick(KNOWN.get(kind), random);
            matcher.appendReplacement(body, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(body).toString();
    }

    private static String retyped(String body, Random random) {
        JsonNode tree = JSON.readTree(body);
        if (!(tree instanceof ObjectNode object) || object.isEmpty()) {
            return "[]";
        }
        String field = pick(new ArrayList<>(object.propertyNames()), random);
        switch (random.nextInt(5)) {
            case 0 -> object.put(field, random.nextInt());
            case 1 -> object.put(field, random.nextBoolean());
            case 2 -> object.putArray(field).add("x").add(1);
            case 3 -> object.putObject(field).put("unexpected", true);
            default -> object.putNull(field);
        }
        return JSON.writeValueAsString(object);
    }

    private static String without(String body, Random random) {
        JsonNode tree = JSON.readTree(body);
        if (!(tree instanceof ObjectNode object) || object.isEmpty()) {
            return "{}";
        }
        object.remove(pick(new ArrayList<>(object.propertyNames()), random));
        return JSON.writeValueAsString(object);
    }

    private static String withHugeString(String body, Random random, int length) {
        JsonNode tree = JSON.readTree(body);
        ObjectNode object = tree instanceof ObjectNode o ? o : JSON.createObjectNode();
        List<String> fields = new ArrayList<>(object.propertyNames());
        String field = fields.isEmpty() ? "huge" : pick(fields, random);
        object.put(field, "Đ".repeat(length));
        return JSON.writeValueAsString(object);
    }

    private static String unknown(Random random) {
        return pick(List.of("no-such-" + random.nextInt(100), "x".repeat(300), "a%20b", "..", "-"), random);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
