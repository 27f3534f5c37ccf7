package vn.thidua.api;

import java.util.List;

/** The metadata every command and event carries (rule A2), and the command id of rule A1. */
public final class MetadataKeys {

    public static final String ACTOR = "actor";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String CORRELATION_ID = "correlationId";
    public static final String COMMAND_ID = "commandId";

    /** Keys without which no event may be stored (A2). */
    public static final List<String> REQUIRED_ON_EVENTS = List.of(ACTOR, ACTOR_UNIT, CORRELATION_ID);

    private MetadataKeys() {
    }
}
