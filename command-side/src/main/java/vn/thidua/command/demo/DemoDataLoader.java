package vn.thidua.command.demo;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.orgunit.CreateOrgUnit;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.platform.security.UserAccounts;

/**
 * With {@code thidua.demo.enabled} (the standalone default): on the first start (an empty event store) creates
 * the demo hierarchy through commands, so it is in the event store and the audit trail like any other data; demo
 * users are added whenever missing. Two instances starting together on an empty store both try; the one that
 * finds a unit created by the other goes on.
 */
@Component
@ConditionalOnProperty(name = "thidua.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;

    DemoDataLoader(CommandGateway commands, EventStore eventStore, UserAccounts accounts, PasswordEncoder passwords) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (eventStoreIsEmpty()) {
            String correlation = "demo-data-" + UUID.randomUUID();
            for (CreateOrgUnit unit : DemoData.UNITS) {
                try {
                    commands.sendAndWait(unit, MetaData.from(Map.of(
                            MetadataKeys.ACTOR, "system",
                            MetadataKeys.ACTOR_UNIT, UnitAuthorization.SYSTEM_UNIT,
                            MetadataKeys.CORRELATION_ID, correlation,
                            MetadataKeys.COMMAND_ID, "demo-unit-" + unit.unitId())));
                } catch (AggregateStreamCreationException createdByAnotherInstance) {
                    log.debug("Demo unit {} exists already", unit.unitId());
                }
            }
            log.info("Created the demo hierarchy: {} units", DemoData.UNITS.size());
        }
        String hash = passwords.encode(DemoData.PASSWORD);
        DemoData.users().forEach(user ->
                accounts.addIfAbsent(user.username(), user.displayName(), hash, user.unitId(), user.roles()));
    }

    private boolean eventStoreIsEmpty() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            return !stream.hasNextAvailable();
        }
    }
}
