package vn.thidua.platform.axon;

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
     * allowing Axon's own subtypes lets a reset processor restart.
     */
    @Bean
    Jackson3SerializerCustomizer axonJackson3Customizer(TypedIdModule typedIds) {
        return builder -> builder
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build())
                .addModule(typedIds);
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
}
