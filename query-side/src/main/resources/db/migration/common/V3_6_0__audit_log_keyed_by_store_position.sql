-- The audit log is keyed by the event's place in the store instead of its random id: entries then arrive in key
-- order, and the table's rows are its primary index, where a random key made every insert descend a second B-tree
-- to a random page (the rebuild of a million events spent a third of its time there). The event id stays, unindexed:
-- nothing looks entries up by it. The log is a view of the store, so it is dropped and rebuilt, chained again from
-- the first stored event.
drop table q_audit_event;
delete from token_entry where processor_name = 'audit-log';
create table q_audit_event (
    global_index bigint not null primary key,
    chain_position bigint not null,
    event_id varchar(255) not null,
    event_type varchar(200) not null,
    aggregate_type varchar(200),
    aggregate_id varchar(255),
    sequence_number bigint,
    occurred_at timestamp(6) with time zone not null,
    actor varchar(100),
    actor_unit varchar(64),
    correlation_id varchar(255),
    payload varchar(100000) not null,
    previous_hash varchar(64) not null,
    entry_hash varchar(64) not null
);
create unique index q_audit_event_chain on q_audit_event (chain_position);
create index q_audit_event_unit on q_audit_event (actor_unit, global_index);
create index q_audit_event_aggregate on q_audit_event (aggregate_id, global_index);
create index q_audit_event_type on q_audit_event (event_type, global_index);
create index q_audit_event_time on q_audit_event (occurred_at);
