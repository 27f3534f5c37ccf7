package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.thidua.standalone.scenario.MalformedScenarioException;
import vn.thidua.standalone.scenario.Scenario;
import vn.thidua.standalone.scenario.ScenarioFile;
import vn.thidua.standalone.scenario.StepKind;

/** A scenario file is read whole or refused before anything is sent, naming the file, the step and the problem. */
class ScenarioFileTest {

    private static final String HEAD = """
            scenario: thu-nghiem
            title: Thử nghiệm
            steps:
              - id: phat-dong
                as: ubnd-xa-lo-ku
                launch: {campaignId: c-1, issuerId: ubnd-xa-lo-ku, period: {from: 2025-01-01, to: 2025-12-31}}
            """;

    @Test
    void a_well_formed_file_names_each_steps_path_body_and_key() {
        Scenario scenario = ScenarioFile.parse("thu.yml", HEAD + """
                  - id: dang-ky
                    as: ubnd-xa-lo-ku
                    register: {campaign: c-1, registrationId: r-1, commitments: ["Kỷ cương, trách nhiệm"]}
                expect:
                  - {refused: dang-ky, status: 409, rule: C4}
                """);

        assertThat(scenario.steps()).hasSize(2);
        assertThat(scenario.steps().get(1).kind()).isEqualTo(StepKind.REGISTER);
        assertThat(scenario.steps().get(1).path()).isEqualTo("/api/campaigns/c-1/registrations");
        assertThat(scenario.steps().get(1).body().toString())
                .isEqualTo("{\"registrationId\":\"r-1\",\"commitments\":[\"Kỷ cương, trách nhiệm\"]}");
        assertThat(scenario.steps().get(0).body().path("period").path("from").asString()).isEqualTo("2025-01-01");
        assertThat(scenario.idempotencyKey(scenario.steps().get(1))).isEqualTo("thu-nghiem:dang-ky");
        assertThat(scenario.refusalOf(scenario.steps().get(1))).isPresent();
    }

    @Test
    void an_unknown_step_kind_is_refused_naming_file_step_and_the_known_kinds() {
        assertThatThrownBy(() -> ScenarioFile.parse("scenarios/sai.yml", HEAD + """
                  - id: dang-ky
                    as: ubnd-xa-lo-ku
                    regster: {campaign: c-1}
                """))
                .isInstanceOf(MalformedScenarioException.class)
                .hasMessageContaining("scenarios/sai.yml")
                .hasMessageContaining("step 'dang-ky' (#2)")
                .hasMessageContaining("unknown step kind 'regster'")
                .hasMessageContaining("register");
    }

    @Test
    void a_step_without_what_its_path_needs_is_refused() {
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", HEAD + """
                  - id: xep-loai
                    as: ubnd-xa-lo-ku
                    evaluate: {campaign: c-1, registrationId: r-1, rating: GOOD}
                """))
                .hasMessageContaining("step 'xep-loai' (#2)")
                .hasMessageContaining("'evaluate' needs 'review'");
    }

    @Test
    void an_unquoted_comma_that_split_a_text_is_refused() {
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", HEAD + """
                  - id: tieu-chi
                    as: ubnd-xa-lo-ku
                    post: {path: /api/x, criterion: {code: KC, description: Kỷ cương, kỷ luật}}
                """))
                .hasMessageContaining("step 'tieu-chi' (#2)")
                .hasMessageContaining("'post.criterion.kỷ luật' has no value");
    }

    @Test
    void duplicate_step_ids_and_expectations_naming_no_step_are_refused() {
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", HEAD + """
                  - id: phat-dong
                    as: ubnd-xa-lo-ku
                    close: {campaign: c-1}
                """)).hasMessageContaining("step 'phat-dong' (#2): the id is used by an earlier step");
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", HEAD + """
                expect:
                  - {refused: khong-co, status: 409, rule: C4}
                """)).hasMessageContaining("expectation #1 (refused khong-co): names no step");
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", HEAD + "demo-until: khong-co\n"))
                .hasMessageContaining("demo-until names no step: 'khong-co'");
    }

    @Test
    void text_that_is_not_yaml_is_refused_with_the_parsers_position() {
        assertThatThrownBy(() -> ScenarioFile.parse("sai.yml", "scenario: [x\nsteps: {"))
                .hasMessageStartingWith("sai.yml: not valid YAML")
                .hasMessageContaining("line");
    }
}
