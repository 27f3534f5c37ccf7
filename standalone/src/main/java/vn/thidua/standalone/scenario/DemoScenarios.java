package vn.thidua.standalone.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The living demo: once the standalone app is ready, plays the shipped scenarios through its own HTTP API, in the
 * background, each up to its {@code demo-until} step (a plan in its registration phase, one between sơ kết and
 * tổng kết, proposals in flight, a quota nearly used). On a restart every step is found done by its
 * Idempotency-Key, so nothing is written twice. {@code thidua.demo.scenarios=false} leaves the demo at the bare
 * hierarchy (the tests do).
 */
@Component
@ConditionalOnProperty(name = {"thidua.demo.enabled", "thidua.demo.scenarios"}, havingValue = "true")
public class DemoScenarios {

    private static final Logger log = LoggerFactory.getLogger(DemoScenarios.class);

    private final String password;
    private final CompletableFuture<List<ScenarioRunner.Run>> finished = new CompletableFuture<>();

    DemoScenarios(@Value("${thidua.demo.password}") String password) {
        this.password = password;
    }

    @EventListener
    void play(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            finished.complete(List.of());
            return;
        }
        String baseUrl = "http://localhost:" + web.getWebServer().getPort();
        Thread player = new Thread(() -> playAll(baseUrl), "demo-scenarios");
        player.setDaemon(true);
        player.start();
    }

    /** The runs, once every scenario has been played as far as the demo goes. */
    public CompletableFuture<List<ScenarioRunner.Run>> finished() {
        return finished;
    }

    private void playAll(String baseUrl) {
        try {
            ScenarioRunner runner = new ScenarioRunner(baseUrl, password, UnaryOperator.identity());
            List<ScenarioRunner.Run> runs = new ArrayList<>();
            for (Scenario scenario : ScenarioFile.shipped()) {
                ScenarioRunner.Run run = runner.play(scenario, scenario.demoUntil(), answer -> { });
                long done = run.answers().stream().filter(ScenarioRunner.StepAnswer::replayed).count();
                log.info("Demo scenario {}: {} steps played{} ({} found done already)", scenario.id(), run.answers().size(),
                        scenario.demoUntil() == null ? " to the end" : " up to '" + scenario.demoUntil() + "'", done);
                run.failures().forEach(failure -> log.warn("Demo scenario {} differs: {}", scenario.id(), failure));
                runs.add(run);
            }
            finished.complete(List.copyOf(runs));
        } catch (RuntimeException e) {
            log.warn("The demo scenarios stopped: {}", e.getMessage());
            finished.completeExceptionally(e);
        }
    }
}
