package vn.thidua.platform.axon;

import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import java.time.Duration;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import vn.thidua.api.MetadataKeys;

/** Serializer, metadata (A1, A2) and error transport shared by every Axon component. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Ids as bare strings on the HTTP side too (Boot registers every JacksonModule bean). */
    @Bean
    TypedIdModule typedIdModule() {
        return new TypedIdModule();
    }

    /**
     * Axon 4.13.0's Jackson 3 serializer cannot read back its own {@code ReplayToken} (AxonFramework #4160):
     * allowing Axon's own subtypes lets a reset processor restart. A message of ours missing a field is refused rather
     * than read with a null or zero: a changed event shape needs a {@code @Revision} and an upcaster (see
     * {@link #eventUpcasters()}), and an event stored in an old shape without one must fail loudly, not quietly.
     */
    @Bean
    Jackson3SerializerCustomizer axonJackson3Customizer(TypedIdModule typedIds) {
        return builder -> builder
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build())
                .addModule(typedIds)
                .addModule(new EveryMessageFieldRequired());
    }

    /**
     * The upcasters of the events whose shape changed, oldest change first. Axon puts every {@code EventUpcaster}
     * bean into the chain of the event store (the embedded one below, or Axon Server's), so both sides, every
     * processor, replays and the phase report read the stored events through it.
     */
    @Bean
    EventUpcaster eventUpcasters() {
        return new EventUpcasterChain(new ArrivalDueDateUpcaster());
    }

    /** Copies who acted, for which unit and in which request from each command onto the events it causes (A2). */
    @Bean
    CorrelationDataProvider actingUserCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ACTOR, MetadataKeys.ACTOR_UNIT,
                MetadataKeys.CORRELATION_ID, MetadataKeys.COMMAND_ID);
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> requestMetadataInterceptor() {
        return new RequestMetadataInterceptor();
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandRuleViolations() {
        return RuleViolationInterceptor.forCommands();
    }

    @Bean
    MessageHandlerInterceptor<QueryMessage<?, ?>> queryRuleViolations() {
        return RuleViolationInterceptor.forQueries();
    }

    /** Registered on the bus itself: as a plain interceptor bean Axon would put it on the event gateway only. */
    @Bean
    InitializingBean eventMetadataGuard(EventBus eventBus) {
        return () -> eventBus.registerDispatchInterceptor(new EventMetadataGuard());
    }

    /**
     * The embedded store, polling the storage every {@code thidua.events.fetch-delay} instead of Axon's fixed second.
     * Axon 4.13.0 has no setting for it (a later 4.13.x reads {@code axon.eventstore.fetch-delay}; drop this class
     * then). Defining the store makes Axon's JPA auto-configuration step back, so the engine and its entities are
     * defined here too, as that auto-configuration does, but appending a command's events in one batch
     * ({@link BatchInsertEventStorageEngine}). Not with Axon Server, which is the store there.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    static class EmbeddedEventStoreConfiguration {

        @Bean(name = "eventBus")
        @Qualifier("eventStore")
        EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                      @Value("${thidua.events.fetch-delay:1s}") Duration fetchDelay) {
            return EmbeddedEventStore.builder()
                    .storageEngine(storageEngine)
                    .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                    .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                    .fetchDelay(fetchDelay.toMillis())
                    .build();
        }

        @Bean
        EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptionResolver,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              org.axonframework.config.Configuration configuration,
                                              EntityManagerProvider entityManagerProvider, TransactionManager transactions,
                                              @Value("${thidua.events.batch-size:100}") int batchSize) {
            // rows per query and transaction when a processor or a replay streams the store (Axon's default 100)
            return new BatchInsertEventStorageEngine(JpaEventStorageEngine.builder()
                    .batchSize(batchSize)
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(exceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagerProvider)
                    .transactionManager(transactions), transactions);
        }
    }
}
