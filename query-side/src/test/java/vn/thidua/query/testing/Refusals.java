package vn.thidua.query.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;

/** What a query handler refused with: the rule and kind become the problem details' {@code rule} and status. */
public final class Refusals {

    private Refusals() {
    }

    public static RuleViolation refusalOf(ThrowingCallable query) {
        Throwable thrown = catchThrowable(query);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        return ((RuleViolationException) thrown).violation();
    }
}
