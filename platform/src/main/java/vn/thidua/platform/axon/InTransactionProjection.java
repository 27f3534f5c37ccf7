package vn.thidua.platform.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command-side lookup table kept in the very transaction that appends the events (set-based validation):
 * its {@code @ProcessingGroup} runs as a subscribing processor whose failures fail the command, instead of being
 * logged and skipped. {@link InTransactionProjections} does the registering.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InTransactionProjection {
}
