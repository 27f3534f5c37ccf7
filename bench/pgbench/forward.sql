-- The SQL one "forward a proposal" (POST /api/proposals/{id}/forward) issues on PostgreSQL, in the same transactions,
-- as CommandThroughputBenchmark captured it (its "BENCH sql" lines; docs/benchmarks.md). Variables: proposals (the
-- seeded proposals bench-p-1..proposals). Since each proposal's time limits have a deadline name of their own
-- (AwardProposal.timeLimitOf), a forward reads only its own job, no longer every pending one. Ids are random, so the script can run any number of times.
\set n random(1, :proposals)
\set r random(1, 1000000000000)
-- the size of the JobDataMap Quartz stores for a hop time limit (as captured)
\set job_data_bytes 1032
-- (JSON and timestamps are hex: pgbench would read ':name' inside them as variables)
-- IdempotencyFilter: has this key been answered? (outside the transaction)
select fingerprint, status, content_type, location, body from idempotency_key where idempotency_key = 'pgb-' || :client_id || '-' || :r;
begin;
insert into idempotency_key (idempotency_key, fingerprint, username, created_at) values ('pgb-' || :client_id || '-' || :r, '4638dd13c2ab5bd7338112fdf9ed7bb07bb05336a8cbf44ecf3d74e67ef88aaf', 'ubnd-tinh-gia-lai', now());
-- the aggregate: its snapshot, then its events
select see1_0.type,see1_0.aggregate_identifier,see1_0.sequence_number,see1_0.event_identifier,see1_0.time_stamp,see1_0.payload_type,see1_0.payload_revision,see1_0.payload,see1_0.meta_data from snapshot_event_entry see1_0 where see1_0.aggregate_identifier='bench-p-' || :n order by see1_0.sequence_number desc fetch first 1 rows only;
select dee1_0.type,dee1_0.aggregate_identifier,dee1_0.sequence_number,dee1_0.event_identifier,dee1_0.time_stamp,dee1_0.payload_type,dee1_0.payload_revision,dee1_0.payload,dee1_0.meta_data from domain_event_entry dee1_0 where dee1_0.aggregate_identifier='bench-p-' || :n and dee1_0.sequence_number>=0 order by dee1_0.sequence_number fetch first 100 rows only;
-- the rule set in force, the unit and its parent
select version from cmd_rule_set order by position desc fetch first 1 rows only;
select ur1_0.unit_id,ur1_0.abbreviation,ur1_0.authority,ur1_0.category,ur1_0.kind,ur1_0.level,ur1_0.merged_at,ur1_0.merged_into,ur1_0.name,ur1_0.parent_id from cmd_unit ur1_0 where ur1_0.unit_id='ubnd-tinh-gia-lai';
select ur1_0.unit_id,ur1_0.abbreviation,ur1_0.authority,ur1_0.category,ur1_0.kind,ur1_0.level,ur1_0.merged_at,ur1_0.merged_into,ur1_0.name,ur1_0.parent_id from cmd_unit ur1_0 where ur1_0.unit_id='trung-uong';
-- cancelAll("hop-time-limit/<proposal>"): the jobs of this proposal's own deadline name (one)
SELECT JOB_NAME, JOB_GROUP FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'pgbench' AND JOB_GROUP = 'hop-time-limit/' || :client_id;
-- ... and deleted, under Quartz's lock (held until commit). pgbench's jobs are named per client under a scheduler
-- name of their own: each transaction deletes the job its client's last one scheduled
SELECT TRIGGER_NAME, TRIGGER_GROUP FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
SELECT * FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_NAME = 't-' || :client_id AND TRIGGER_GROUP = 'DEFAULT';
SELECT * FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_NAME = 't-' || :client_id AND TRIGGER_GROUP = 'DEFAULT';
SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'quartzScheduler-1' AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE;
SELECT J.JOB_NAME, J.JOB_GROUP, J.IS_DURABLE, J.JOB_CLASS_NAME, J.REQUESTS_RECOVERY FROM QRTZ_TRIGGERS T, QRTZ_JOB_DETAILS J WHERE T.SCHED_NAME = 'pgbench' AND J.SCHED_NAME = 'pgbench' AND T.TRIGGER_NAME = 't-' || :client_id AND T.TRIGGER_GROUP = 'DEFAULT' AND T.JOB_NAME = J.JOB_NAME AND T.JOB_GROUP = J.JOB_GROUP;
DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_NAME = 't-' || :client_id AND TRIGGER_GROUP = 'DEFAULT';
DELETE FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_NAME = 't-' || :client_id AND TRIGGER_GROUP = 'DEFAULT';
SELECT COUNT(TRIGGER_NAME) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
DELETE FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'quartzScheduler-1' AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE;
SELECT TRIGGER_NAME, TRIGGER_GROUP FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
DELETE FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
-- the event (ProposalForwarded), under an aggregate of pgbench's own
select nextval('domain_event_entry_seq');
insert into domain_event_entry (aggregate_identifier,event_identifier,meta_data,payload,payload_revision,payload_type,sequence_number,time_stamp,type,global_index) values ('pgb-' || :client_id || '-' || :r, gen_random_uuid()::text, decode('7b226163746f72223a2275626e642d74696e682d6769612d6c6169222c22636f7272656c6174696f6e4964223a2265366266626364302d643266642d346366382d386532382d653839646433343062346563222c226163746f72556e6974223a2275626e642d74696e682d6769612d6c6169222c22636f6d6d616e644964223a2231346333643463302d373033642d346135362d616165622d323439363135333838653563227d', 'hex'), decode('7b2270726f706f73616c4964223a2262656e63682d702d323031222c2266726f6d556e6974223a2275626e642d74696e682d6769612d6c6169222c22746f556e6974223a227472756e672d756f6e67222c22766f7465223a7b22696e4661766f7572223a372c2270726573656e74223a382c22746f74616c223a392c2273656372657442616c6c6f74223a66616c73657d2c2272656d61726b73223a6e756c6c2c226475654174223a22323032362d31322d32335431373a30303a30305a227d', 'hex'), '2', 'vn.thidua.api.proposal.ProposalForwarded', 0, convert_from(decode('323032362d31312d32355431303a32323a30332e3430355a', 'hex'), 'UTF8'), 'AwardProposal', currval('domain_event_entry_seq'));
-- schedule(): the new hop time limit, under Quartz's lock
SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = 'quartzScheduler-1' AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE;
SELECT JOB_NAME FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'pgbench' AND JOB_NAME = 'deadline-' || :client_id AND JOB_GROUP = 'hop-time-limit/' || :client_id;
INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA) VALUES ('pgbench', 'deadline-' || :client_id, 'hop-time-limit/' || :client_id, 'vn.thidua.command.proposal.AwardProposal$HopTimeLimit', 'org.axonframework.deadline.quartz.DeadlineJob', false, false, false, true, decode(repeat('ac', :job_data_bytes), 'hex'));
SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_NAME = 't-' || :client_id AND TRIGGER_GROUP = 'DEFAULT';
SELECT TRIGGER_GROUP FROM QRTZ_PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_GROUP = 'DEFAULT';
SELECT TRIGGER_GROUP FROM QRTZ_PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = 'pgbench' AND TRIGGER_GROUP = '_$_ALL_GROUPS_PAUSED_$_';
INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA, PRIORITY) VALUES ('pgbench', 't-' || :client_id, 'DEFAULT', 'deadline-' || :client_id, 'hop-time-limit/' || :client_id, null, 1798045200000, -1, 'WAITING', 'SIMPLE', 1798045200000, 0, null, 0, '', 5);
INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES ('pgbench', 't-' || :client_id, 'DEFAULT', 0, 0, 0);
-- IdempotencyFilter: the answer, for a repeat of the key
update idempotency_key set status = 200, content_type = 'application/json', location = null, body = decode('7b2270726f706f73616c4964223a2262656e63682d702d323031222c22737461747573223a2250454e44494e47222c22617761726454797065223a224c41424f55525f4f524445525f33222c227061727469636970616e74223a7b226b696e64223a22494e444956494455414c222c22756e69744964223a2275626e642d78612d6c6f2d6b75222c22706572736f6e4964223a2263622d62656e63682d702d323031227d2c2270726f706f736572556e6974223a2275626e642d78612d6c6f2d6b75222c2270656e64696e674174223a227472756e672d756f6e67222c22686f7073223a332c226465636973696f6e4964223a6e756c6c7d', 'hex') where idempotency_key = 'pgb-' || :client_id || '-' || :r;
commit;
