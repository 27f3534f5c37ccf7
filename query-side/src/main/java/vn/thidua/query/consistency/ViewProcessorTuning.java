package vn.thidua.query.consistency;

import java.util.Set;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Views handle events in batches of {@code thidua.views.batch-size} per transaction (Axon's default is one): one
 * commit and one token update per batch instead of per event. Measured with {@code ViewBenchmark}: with batches of
 * one, the views fell ever further behind commands sent at half their maximum rate (p50 lag 28 s after 30 s).
 *
 * <p>The views whose handlers read and write only rows of the event's own aggregate (a campaign's plan,
 * registrations, reviews; a unit's or a person's category) are split into {@code thidua.views.segments} segments,
 * each with a thread of its own: Axon's default sequencing keeps each aggregate's events in order within one segment,
 * and no handler looks at another aggregate's rows, so the segments may go side by side. A rebuild of these, which
 * handle nearly every event of the store, then uses more than one core. Every other view stays in one segment: the
 * unit tree, the proposal tracker, the award register and quota usage read rows that other aggregates' events wrote
 * (a unit's parent, a plan's quota), which another segment might not have written yet. The audit log above all:
 * its hash chain links each event to the one handled before it, which needs a single total order.
 *
 * <p>The count applies when a view's tokens are first created (a new store, or a view added later); tokens that
 * exist keep their segments, which Axon can split or merge while running.
 *
 * <p>{@code thidua.views.auto-start=false} leaves the views stopped: the command-line phase report replays the store
 * itself and must not spend its time and memory catching the views up on the way.
 */
@Component
class ViewProcessorTuning implements ConfigurerModule {

    /** The processing groups of the views that read nothing another aggregate's events wrote. */
    private static final Set<String> PER_AGGREGATE = Set.of("campaigns", "registrations", "review-results");

    private final int batchSize;
    private final int segments;
    private final boolean autoStart;

    ViewProcessorTuning(@Value("${thidua.views.batch-size}") int batchSize,
                        @Value("${thidua.views.segments:1}") int segments,
                        @Value("${thidua.views.auto-start:true}") boolean autoStart) {
        this.batchSize = batchSize;
        this.segments = Math.max(1, segments);
        this.autoStart = autoStart;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerTrackingEventProcessorConfiguration(config -> processor(1));
        PER_AGGREGATE.forEach(view -> configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(view, config -> processor(segments)));
    }

    private TrackingEventProcessorConfiguration processor(int count) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(count).andBatchSize(batchSize)
                .andInitialSegmentsCount(count).andAutoStart(autoStart);
    }
}
