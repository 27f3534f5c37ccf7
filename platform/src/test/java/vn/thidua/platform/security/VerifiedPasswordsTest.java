package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The Basic credential cache skips bcrypt for a password that matched, and only for the hash it matched. */
class VerifiedPasswordsTest {

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(10), nanos::get);
    private final String stored = bcrypt.encode("thidua2026");

    @Test
    void AUTH_a_password_that_matched_is_not_checked_by_bcrypt_again() {
        assertThat(passwords.matches("thidua2026", stored)).isTrue();
        assertThat(passwords.matches("thidua2026", stored)).isTrue();
        assertThat(passwords.matches("thidua2026", stored)).isTrue();

        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void AUTH_a_wrong_password_is_checked_by_bcrypt_every_time() {
        assertThat(passwords.matches("thidua2025", stored)).isFalse();
        assertThat(passwords.matches("thidua2025", stored)).isFalse();

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void AUTH_after_a_password_change_the_old_password_no_longer_signs_in() {
        assertThat(passwords.matches("thidua2026", stored)).isTrue();
        String changed = bcrypt.encode("mat-khau-moi");

        assertThat(passwords.matches("thidua2026", changed)).isFalse();
        assertThat(passwords.matches("mat-khau-moi", changed)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(3);
    }

    @Test
    void AUTH_a_verified_password_is_checked_again_once_its_time_has_passed() {
        passwords.matches("thidua2026", stored);
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        passwords.matches("thidua2026", stored);
        assertThat(bcrypt.checks).isEqualTo(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        passwords.matches("thidua2026", stored);

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void AUTH_a_zero_duration_checks_every_request() {
        VerifiedPasswords never = new VerifiedPasswords(bcrypt, Duration.ZERO);

        never.matches("thidua2026", stored);
        never.matches("thidua2026", stored);

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    /** Real bcrypt at its lowest cost, counting the checks. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
