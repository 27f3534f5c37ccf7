package vn.thidua.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * HTTP Basic sends the password with every request, and bcrypt makes checking it cost tens of milliseconds of CPU
 * by design: alone it capped two cores at about 24 requests per second ({@code docs/benchmarks.md}). This encoder
 * remembers, for {@code verifiedFor}, that a password matched a stored hash, so a client's later requests with the
 * same credentials skip bcrypt.
 *
 * <p>What it remembers is a keyed hash of the stored hash and the password together, never the password: the key is
 * random per instance, so the entries are worthless outside this process's memory. The user is still read from the
 * users table on every request; only the bcrypt computation is skipped, and only for the exact stored hash it was
 * checked against, so a changed password (a new hash) is checked afresh at once and the old one no longer signs in,
 * and a role or unit changed in the table applies to the next request. A failed check is never remembered: every
 * wrong guess pays bcrypt, and {@link LoginThrottle} counts it. At most {@value #ENTRIES} entries are kept.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final int ENTRIES = 10_000;
    private static final String MAC = "HmacSHA256";

    private final PasswordEncoder encoder;
    private final Cache<ByteBuffer, Boolean> verified;
    private final SecretKeySpec key;

    VerifiedPasswords(PasswordEncoder encoder, Duration verifiedFor) {
        this(encoder, verifiedFor, Ticker.systemTicker());
    }

    VerifiedPasswords(PasswordEncoder encoder, Duration verifiedFor, Ticker clock) {
        this.encoder = encoder;
        this.verified = verifiedFor.isZero() || verifiedFor.isNegative() ? null
                : Caffeine.newBuilder().maximumSize(ENTRIES).expireAfterWrite(verifiedFor).ticker(clock).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (verified == null || rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        ByteBuffer entry = entry(rawPassword, encodedPassword);
        if (verified.getIfPresent(entry) != null) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private ByteBuffer entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            // the stored hash never holds a NUL, so no other pair of hash and password gives the same input
            mac.update((byte) 0);
            return ByteBuffer.wrap(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }
}
