package vn.thidua.standalone.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A plan of the seeds as it is lived: who does what, in order ({@code steps}), and what the plan implies at the
 * end ({@code expectations}). {@code demoUntil} is the step after which the demo stops, to show the plan mid-life.
 */
public record Scenario(String id, String title, String seed, String source, String demoUntil, List<Step> steps,
                       List<Expectation> expectations) {

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    /** The Idempotency-Key of a step: the same on every run, on every instance. */
    public String idempotencyKey(Step step) {
        return id + ":" + step.id();
    }

    /** The refusal a step is expected to meet, if the scenario names one. */
    public Optional<Expectation.Refused> refusalOf(Step step) {
        return expectations.stream()
                .filter(Expectation.Refused.class::isInstance)
                .map(Expectation.Refused.class::cast)
                .filter(refused -> refused.step().equals(step.id()))
                .findFirst();
    }
}
