package vn.thidua.standalone.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The scenario command line: who acts for a unit, and what is refused before anything is sent. */
class ScenarioCommandTest {

    @Test
    void without_user_options_each_unit_acts_through_the_user_named_after_it() {
        ScenarioCommand.Options options = ScenarioCommand.parse(new String[] {"--password", "p", "a.yml"});
        assertThat(options.users().apply("ubnd-xa-lo-ku")).isEqualTo("ubnd-xa-lo-ku");
        assertThat(options.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(options.files()).containsExactly(Path.of("a.yml"));
    }

    @Test
    void one_user_acts_for_every_unit_or_users_are_named_per_unit() {
        ScenarioCommand.Options single = ScenarioCommand.parse(new String[] {"--password", "p", "--user", "thu-nghiem", "a.yml"});
        assertThat(single.users().apply("ubnd-xa-lo-ku")).isEqualTo("thu-nghiem");
        assertThat(single.users().apply("ubnd-huyen-kbang")).isEqualTo("thu-nghiem");

        ScenarioCommand.Options mapped = ScenarioCommand.parse(new String[] {"--password", "p", "--user",
                "ubnd-xa-lo-ku=can-bo-lo-ku", "--until", "phat-dong", "a.yml"});
        assertThat(mapped.users().apply("ubnd-xa-lo-ku")).isEqualTo("can-bo-lo-ku");
        assertThat(mapped.users().apply("ubnd-huyen-kbang")).isEqualTo("ubnd-huyen-kbang");
        assertThat(mapped.until()).isEqualTo("phat-dong");
    }

    @Test
    void a_bad_command_line_is_refused_with_the_usage() {
        assertThatThrownBy(() -> ScenarioCommand.parse(new String[] {"a.yml"})).hasMessage("--password is required");
        assertThatThrownBy(() -> ScenarioCommand.parse(new String[] {"--password", "p", "--user", "a", "--user", "b=c", "a.yml"}))
                .hasMessageContaining("cannot be combined");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScenarioCommand.run(new String[] {"--password", "p"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ScenarioCommand.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("name at least one scenario file", "usage: scenario");
    }

    @Test
    void a_malformed_file_is_refused_before_any_request() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScenarioCommand.run(new String[] {"--base-url", "http://localhost:1", "--password", "p", "khong-co.yml"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ScenarioCommand.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("khong-co.yml: cannot be read");
    }
}
