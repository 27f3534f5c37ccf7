package vn.thidua.command.proposal;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * P6 deadlines in Quartz's JDBC store: they survive a restart and any command-side instance may fire them. A
 * deadline is fired again at once only after a concurrent change of its proposal; any other failure is a fault
 * that a refire would only repeat, thousands of times a second, so it is logged and left.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactions) {
        return QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .refireImmediatelyPolicy(failure -> failure instanceof ConcurrencyException
                        || failure.getCause() instanceof ConcurrencyException)
                .build();
    }
}
