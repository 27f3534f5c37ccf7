-- An audit entry holds its event's stored JSON whole, whatever its size: a review's conclusion carries a rating per
-- registration, and one with 519 ratings is 150,423 characters, which a varchar(100000) refused; the audit log then
-- retried that event for ever. Without a length the column takes what the event store took.
alter table q_audit_event alter column payload set data type varchar;
