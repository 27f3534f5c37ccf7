package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * The award rules as versioned data over HTTP (R1-R3): the seeded defaults are in force from the first start; the
 * national level publishes a stricter version, which the next decision is judged by and records; a grant decided
 * earlier keeps the version it was decided under.
 */
class RuleSetsTest extends OneAppTest {

    private static final String GOOD_IS_ENOUGH = "all: [\"rating >= GOOD\"]\n    # CULTURAL_STANDARD_TITLE";

    private String defaults;

    @BeforeAll
    void readDefaults() throws IOException {
        defaults = new ClassPathResource("award-rules/2022.1.yml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(defaults).contains(GOOD_IS_ENOUGH);
    }

    @Test
    @Order(1)
    void the_defaults_are_in_force_from_the_first_start() {
        Answer versions = expect(200, app.as("ubnd-xa-lo-ku").get("/api/rule-sets"));
        assertThat(versions.json().size()).isEqualTo(1);
        assertThat(versions.json().path(0).path("version").asString()).isEqualTo("2022.1");
        assertThat(versions.json().path(0).path("inForce").asBoolean()).isTrue();
        assertThat(expect(200, app.as("ubnd-xa-lo-ku").get("/api/rule-sets/2022.1")).body()).isEqualTo(defaults);
    }

    @Test
    @Order(2)
    void a_grant_records_the_version_it_was_decided_under() {
        steps.launch("so-ldtbxh-ha-giang", "so-hg-rules", "so-ldtbxh-ha-giang", "20/KH-SLĐTBXH", null, 2025, 2025, """
                [{"awardType": "CERTIFICATE_OF_MERIT", "targetKind": "COLLECTIVE", "quota": {"limit": 10}}]""");
        steps.register("so-ldtbxh-ha-giang", "so-hg-rules", "dk-vi-xuyen", Steps.collective("phong-ldtbxh-vi-xuyen"));
        steps.register("so-ldtbxh-ha-giang", "so-hg-rules", "dk-bac-quang", Steps.collective("phong-ldtbxh-bac-quang"));
        steps.finalReview("so-ldtbxh-ha-giang", "so-hg-rules", "tk-2025", 2025, "GOOD", "CERTIFICATE_OF_MERIT",
                List.of("dk-vi-xuyen", "dk-bac-quang"));

        Answer decided = expect(201, steps.decide("so-ldtbxh-ha-giang", "qd-rules-1", "so-hg-rules", "tk-2025",
                "CERTIFICATE_OF_MERIT", List.of("dk-vi-xuyen")));
        assertThat(versionsOf(decided)).containsExactly("2022.1");
    }

    @Test
    @Order(3)
    void R1_only_the_national_level_publishes() {
        Answer refused = app.as("bo-ldtbxh").post("/api/rule-sets", publish("2026.1", defaults));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.rule()).isEqualTo("R1");
    }

    @Test
    @Order(4)
    void a_stricter_version_is_in_force_for_the_next_decision() {
        String stricter = defaults.replace(GOOD_IS_ENOUGH, GOOD_IS_ENOUGH.replace("GOOD", "EXCELLENT"));
        Answer published = expect(201, app.as("trung-uong").post("/api/rule-sets", publish("2026.1", stricter)));
        assertThat(published.header("Location")).isEqualTo("/api/rule-sets/2026.1");
        assertThat(published.json().path("inForce").asBoolean()).isTrue();

        Answer refused = steps.decide("so-ldtbxh-ha-giang", "qd-rules-1", "so-hg-rules", "tk-2025",
                "CERTIFICATE_OF_MERIT", List.of("dk-bac-quang"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.rule()).isEqualTo("D1");
        assertThat(refused.json().path("detail").asString()).contains("(rules 2026.1)", "rating >= EXCELLENT");
    }

    @Test
    @Order(5)
    void R2_a_version_is_published_once_and_R3_only_whole() {
        Answer again = app.as("trung-uong").post("/api/rule-sets", publish("2026.1", defaults));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.rule()).isEqualTo("R2");

        Answer broken = app.as("trung-uong").post("/api/rule-sets",
                publish("2026.2", defaults.replace("PROVINCE: 25,", "PROVINCE: many,")));
        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.rule()).isEqualTo("R3");
        assertThat(broken.json().path("detail").asString()).contains("time-limits.working-days");
    }

    @Test
    @Order(6)
    void a_later_version_never_rewrites_an_earlier_grant() {
        expect(201, app.as("trung-uong").post("/api/rule-sets", publish("2026.2", defaults)));

        Answer joined = expect(201, steps.decide("so-ldtbxh-ha-giang", "qd-rules-1", "so-hg-rules", "tk-2025",
                "CERTIFICATE_OF_MERIT", List.of("dk-bac-quang")));
        assertThat(versionsOf(joined)).containsExactly("2022.1", "2026.2");

        Answer versions = expect(200, app.as("kiem-tra-trung-uong").get("/api/rule-sets"));
        List<String> listed = new ArrayList<>();
        versions.json().forEach(v -> listed.add(v.path("version").asString() + (v.path("inForce").asBoolean() ? "*" : "")));
        assertThat(listed).containsExactly("2022.1", "2026.1", "2026.2*");
        assertThat(versions.json().path(1).path("publishedBy").asString()).isEqualTo("trung-uong");
    }

    private static List<String> versionsOf(Answer decision) {
        List<String> versions = new ArrayList<>();
        decision.json().path("grants").forEach(grant -> versions.add(grant.path("ruleSetVersion").asString()));
        return versions;
    }

    private static String publish(String version, String document) {
        return JsonMapper.builder().build().writeValueAsString(Map.of("version", version, "document", document));
    }
}
