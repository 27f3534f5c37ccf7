-- The audit log becomes a hash chain (AuditChain): each entry gets its place in the chain, the hash of the entry
-- before it and its own hash over that and the stored event. Entries written before had no hash: they are dropped
-- and the audit-log processor's token removed, so the log is rebuilt from the first stored event, chained.
delete from q_audit_event;
delete from token_entry where processor_name = 'audit-log';
alter table q_audit_event add column chain_position bigint not null;
alter table q_audit_event add column previous_hash varchar(64) not null;
alter table q_audit_event add column entry_hash varchar(64) not null;
create unique index q_audit_event_chain on q_audit_event (chain_position);
