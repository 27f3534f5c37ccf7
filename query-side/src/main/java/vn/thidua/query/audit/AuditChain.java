package vn.thidua.query.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit log's hash chain, defined once for the projection that appends links and the verification that
 * recomputes them: {@code entry_hash = SHA-256(previous hash || canonical bytes of the event)}, the first link's
 * previous hash being {@link #GENESIS} (32 zero bytes). Hashes are kept as lower-case hex.
 *
 * <p>The canonical bytes of an event are, in this order, the tag {@code thidua-audit-chain/1} and the stored event's
 * identifier, aggregate type, aggregate identifier, sequence number (decimal), timestamp (the stored ISO-8601 text),
 * payload type, payload revision, payload bytes and metadata bytes. Each field is written as a 4-byte big-endian
 * length followed by its bytes (strings in UTF-8; a missing value has length -1 and no bytes), so no change can move
 * bytes from one field into the next and still hash the same. The event store's global index is left out: it is
 * where the store put the row, not part of the event, and Axon Server numbers events its own way.
 *
 * <p>Every field comes from what is stored ({@link StoredEvent}), never from a re-serialized payload, so a later
 * change of an event class or of the serializer's settings cannot make an untouched event look altered.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final String TAG = "thidua-audit-chain/1";
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** The hash of the link that follows {@code previousHash} and records {@code event}. */
    static String link(String previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(canonicalBytes(event));
        return HEX.formatHex(sha256.digest());
    }

    static byte[] canonicalBytes(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, TAG);
            field(out, event.eventIdentifier());
            field(out, event.aggregateType());
            field(out, event.aggregateIdentifier());
            field(out, Long.toString(event.sequenceNumber()));
            field(out, event.timestamp());
            field(out, event.payloadType());
            field(out, event.payloadRevision());
            field(out, event.payload());
            field(out, event.metaData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
