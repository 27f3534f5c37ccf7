package vn.thidua.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.title.TitleSchemes;

/** R3: a rule set is read whole, with every section, or refused with the reason; the defaults read as DESIGN §5 says. */
class RuleSetTest {

    private static final RuleSetVersion VERSION = new RuleSetVersion("2026.1");

    private String defaults;

    @BeforeEach
    void readDefaults() throws IOException {
        defaults = new ClassPathResource(RuleSet.DEFAULTS).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void R3_the_defaults_hold_every_section() {
        RuleSet rules = RuleSet.read(VERSION, defaults);

        assertThat(rules.version()).isEqualTo(VERSION);
        assertThat(rules.eligibility().version()).isEqualTo("2026.1");
        assertThat(rules.authority().forUnit(Level.PROVINCE, UnitKind.DEPARTMENT)).contains(AwardType.CERTIFICATE_OF_MERIT)
                .doesNotContain(AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION);
        assertThat(rules.dossier().shortfall(AwardType.PROVINCIAL_EMULATION_FIGHTER, new CouncilVote(12, 13, 13, false)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("secret ballot"));
        assertThat(rules.timeLimits().workingDaysAt(Level.PROVINCE)).isEqualTo(25);
    }

    @Test
    void R3_the_defaults_score_the_cultural_title_on_seed_004s_three_standards() {
        TitleSchemes.Scheme scheme = RuleSet.read(VERSION, defaults).titleScoring()
                .schemeFor(AwardType.CULTURAL_STANDARD_TITLE).orElseThrow();

        assertThat(scheme.standards()).extracting(TitleSchemes.Standard::name).containsExactly("Hoàn thành tốt nhiệm vụ",
                "Thực hiện nếp sống văn minh, môi trường văn hóa công sở",
                "Gương mẫu chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước");
        assertThat(scheme.maxPoints()).isEqualTo(100);
        Map<String, Integer> fullMarks = scheme.standards().stream().flatMap(standard -> standard.criteria().stream())
                .collect(Collectors.toMap(TitleSchemes.Criterion::code, TitleSchemes.Criterion::max));
        assertThat(scheme.shortfalls(fullMarks)).isEmpty();
        assertThat(scheme.shortfalls(Map.of())).hasSize(4);
    }

    @Test
    void R3_a_scored_title_with_an_eligibility_rule_as_well_refuses_the_rule_set() {
        String twoJudges = defaults.replace("eligibility:\n  rules:\n", """
                eligibility:
                  rules:
                    CULTURAL_STANDARD_TITLE:
                      source: "a rating as well"
                      routes: [{name: "rated excellent", all: ["rating >= EXCELLENT"]}]
                """);

        assertRefused(twoJudges, "CULTURAL_STANDARD_TITLE has both an eligibility rule and a title-scoring scheme");
    }

    @Test
    void R3_a_pass_above_the_points_of_the_scheme_refuses_the_rule_set() {
        assertRefused(defaults.replace("pass-total: 80", "pass-total: 120"), "pass-total: 120 must lie between 1 and the 100");
    }

    @Test
    void R3_a_time_limit_missing_for_a_level_refuses_the_rule_set() {
        assertRefused(defaults.replace("NATIONAL: 20}", "}"), "time-limits.working-days", "NATIONAL");
    }

    @Test
    void R3_a_misspelt_authority_key_refuses_the_rule_set() {
        assertRefused(defaults.replace("    DISTRICT: [", "    DISTRCT: ["), "DISTRCT", "neither a LEVEL nor [LEVEL/KIND]");
    }

    @Test
    void R3_an_unknown_award_type_refuses_the_rule_set() {
        assertRefused(defaults.replace("    ADVANCED_WORKER:\n", "    ADVANCED_WORKERS:\n"), "ADVANCED_WORKERS");
    }

    @Test
    void R3_a_missing_section_refuses_the_rule_set() {
        assertRefused(defaults.substring(0, defaults.indexOf("\ntime-limits:")), "no 'time-limits' section");
    }

    @Test
    void R3_text_that_is_not_yaml_refuses_the_rule_set() {
        assertRefused("dossier: [unclosed", "rule set 2026.1 cannot be read");
    }

    private static void assertRefused(String document, String... reasons) {
        assertThatThrownBy(() -> RuleSet.read(VERSION, document))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.violation().rule()).isEqualTo("R3");
                    assertThat(refusal.violation().kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(refusal.violation().detail()).contains(reasons);
                });
    }
}
