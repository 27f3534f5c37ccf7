-- The audit log: one row per stored event, keyed by the event's id, never updated. actor_unit is the unit the
-- event concerns for scoping (a viewer sees the events of actors in its subtree); the system's own events
-- ('_system') belong to no unit and are seen by auditors only. global_index is the event's place in the store.
create table q_audit_event (
    event_id varchar(255) not null primary key,
    global_index bigint not null,
    event_type varchar(200) not null,
    aggregate_type varchar(200),
    aggregate_id varchar(255),
    sequence_number bigint,
    occurred_at timestamp(6) with time zone not null,
    actor varchar(100),
    actor_unit varchar(64),
    correlation_id varchar(255),
    payload varchar(100000) not null
);
create index q_audit_event_order on q_audit_event (global_index);
create index q_audit_event_unit on q_audit_event (actor_unit, global_index);
create index q_audit_event_aggregate on q_audit_event (aggregate_id, global_index);
create index q_audit_event_type on q_audit_event (event_type, global_index);
create index q_audit_event_time on q_audit_event (occurred_at);
