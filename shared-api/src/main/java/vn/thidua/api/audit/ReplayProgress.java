package vn.thidua.api.audit;

/**
 * A tracking processor's place in the event store: {@code position} is the lowest position of its segments (null
 * before it has claimed any), {@code head} the store's last position, {@code percent} the one of the other. A replay
 * is done when it is no longer {@code replaying} and is {@code caughtUp} at 100 percent.
 */
public record ReplayProgress(String group, boolean replaying, boolean caughtUp, boolean error, Long position,
                             long head, int percent) {
}
