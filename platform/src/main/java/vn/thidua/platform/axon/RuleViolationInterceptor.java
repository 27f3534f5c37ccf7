package vn.thidua.platform.axon;

import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryMessage;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;

/**
 * Turns a refused command or query into Axon's {@code HandlerExecutionException} whose details are the
 * {@link RuleViolation}: the form in which an error survives a hop through Axon Server; locally it reads the same.
 */
final class RuleViolationInterceptor<M extends Message<?>> implements MessageHandlerInterceptor<M> {

    private final BiFunction<String, RuleViolation, RuntimeException> wrapper;

    private RuleViolationInterceptor(BiFunction<String, RuleViolation, RuntimeException> wrapper) {
        this.wrapper = wrapper;
    }

    static RuleViolationInterceptor<CommandMessage<?>> forCommands() {
        return new RuleViolationInterceptor<>((message, details) -> new CommandExecutionException(message, null, details));
    }

    static RuleViolationInterceptor<QueryMessage<?, ?>> forQueries() {
        return new RuleViolationInterceptor<>((message, details) -> new QueryExecutionException(message, null, details));
    }

    @Override
    public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolationException e) {
            throw wrapper.apply(e.getMessage(), e.violation());
        }
    }
}
