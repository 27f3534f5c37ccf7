package vn.thidua.command.campaign;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A plan's stream grows with every registration, rating and review: thousands of events for a unit's plan. Loading
 * it for each command reads them all; a snapshot every {@code thidua.snapshots.campaign-threshold} events bounds
 * that to one snapshot plus fewer than the threshold (0 turns snapshots off). The threshold was measured with
 * {@code BulkLoadBenchmark} (README). Only the Campaign aggregate: the others live for a handful of events.
 */
@Configuration(proxyBeanMethods = false)
class CampaignSnapshots {

    static final String TRIGGER = "campaignSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition campaignSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${thidua.snapshots.campaign-threshold:500}") int threshold) {
        return threshold > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, threshold)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }
}
