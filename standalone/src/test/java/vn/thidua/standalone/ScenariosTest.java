package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.Environment;

import vn.thidua.platform.test.TestDatabases;
import vn.thidua.standalone.scenario.Scenario;
import vn.thidua.standalone.scenario.ScenarioCommand;
import vn.thidua.standalone.scenario.ScenarioFile;
import vn.thidua.standalone.scenario.ScenarioRunner;

/**
 * Every shipped scenario (the seeds' plans and the 2025 reform) played end to end through the runner against the
 * standalone app: each step is accepted or refused as the scenario says, and the awards, proposals, quotas and
 * plans then stand as it says. Played a second time, every step answers as the first time and no event is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenariosTest {

    @TempDir
    static Path data;

    private RunningApp app;
    private ScenarioRunner runner;
    private String baseUrl;

    @BeforeAll
    void start() {
        app = RunningApp.start(TestDatabases.h2File(data));
        baseUrl = "http://localhost:" + app.bean(Environment.class).getProperty("local.server.port");
        runner = new ScenarioRunner(baseUrl, AppUnderTest.PASSWORD, unit -> unit);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    Stream<Scenario> scenarios() {
        return ScenarioFile.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void runs_as_it_says_and_a_second_run_changes_nothing(Scenario scenario) {
        ScenarioRunner.Run first = runner.play(scenario);
        assertThat(first.failures()).isEmpty();
        assertThat(first.complete()).isTrue();
        long events = app.eventCount();

        ScenarioRunner.Run second = runner.play(scenario);

        assertThat(second.failures()).isEmpty();
        assertThat(app.eventCount()).isEqualTo(events);
        assertThat(answers(second)).isEqualTo(answers(first));
        assertThat(second.answers()).allMatch(ScenarioRunner.StepAnswer::replayed);
    }

    /** The command line plays a file against the running app and stops where it is told to. */
    @Test
    void the_command_line_plays_a_file_up_to_a_step() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScenarioCommand.run(new String[] {"--base-url", baseUrl, "--password", AppUnderTest.PASSWORD,
                        "--until", "xa-phat-dong", Path.of("..", "scenarios", "003-ubnd-xa-lo-ku.yml").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("== 003-ubnd-xa-lo-ku", "xa-phat-dong (ubnd-xa-lo-ku, launch): 201", "stopped as asked, after xa-phat-dong")
                .doesNotContain("dang-ky-tap-the");
    }

    private static List<String> answers(ScenarioRunner.Run run) {
        return run.answers().stream().map(answer -> answer.status() + " " + answer.body()).toList();
    }
}
