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
 * that to one snapshot plus fewer than the threshold (0 turns snapshots off). Measured with BulkLoadBenchmark on
 * PostgreSQL, plans of 5,000 registrations: a single registration took 72 ms without snapshots, 23 ms with a
 * snapshot every 500 events, 34 ms every 2,000; bulk commands of 1,000 rows pay for it (12.7 s per 100,000
 * without, 15.3 s with 500), as the snapshotter reads back the events it snapshots. Only the Campaign aggregate:
 * the others live for a handful of events.
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
