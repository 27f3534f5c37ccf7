-- The proposal tracker: a row per proposal, and its route hop by hop (who, which unit, when, what, remarks).
create table q_proposal (
    proposal_id varchar(64) not null primary key,
    status varchar(20) not null,
    award_type varchar(60) not null,
    participant_kind varchar(20) not null,
    participant_unit varchar(64) not null,
    participant_person varchar(64),
    proposer_unit varchar(64) not null,
    pending_at varchar(64),
    pending_since timestamp(6) with time zone,
    overdue boolean not null,
    decision_id varchar(64),
    last_sequence bigint not null
);
create index q_proposal_pending_at on q_proposal (pending_at, pending_since);

create table q_proposal_hop (
    event_id varchar(255) not null primary key,
    proposal_id varchar(64) not null,
    sequence_number bigint not null,
    action varchar(20) not null,
    from_unit varchar(64),
    to_unit varchar(64),
    actor varchar(100),
    acted_at timestamp(6) with time zone not null,
    remarks varchar(4000)
);
create index q_proposal_hop_proposal on q_proposal_hop (proposal_id, sequence_number);
