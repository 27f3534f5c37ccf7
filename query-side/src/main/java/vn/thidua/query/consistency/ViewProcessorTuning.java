package vn.thidua.query.consistency;

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
 * <p>The audit log is registered by name as well, so it stays in ONE segment (one thread, one token) even if the
 * other views are given more: its hash chain links each event to the one handled before it, which needs a single
 * total order; two segments would append two interleaved chains that race for the same next position.
 *
 * <p>{@code thidua.views.auto-start=false} leaves the views stopped: the command-line phase report replays the store
 * itself and must not spend its time and memory catching the views up on the way.
 */
@Component
class ViewProcessorTuning implements ConfigurerModule {

    /** The audit log's processing group (its projection's {@code PROCESSING_GROUP}, package-private there). */
    private static final String AUDIT_LOG = "audit-log";

    private final int batchSize;
    private final boolean autoStart;

    ViewProcessorTuning(@Value("${thidua.views.batch-size}") int batchSize,
                        @Value("${thidua.views.auto-start:true}") boolean autoStart) {
        this.batchSize = batchSize;
        this.autoStart = autoStart;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(config -> oneSegment())
                .registerTrackingEventProcessorConfiguration(AUDIT_LOG, config -> oneSegment());
    }

    private TrackingEventProcessorConfiguration oneSegment() {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize)
                .andInitialSegmentsCount(1).andAutoStart(autoStart);
    }
}
