-- The award register: every grant as decided, marked when revoked (nothing is deleted), with the names it shows.
create table q_award_decision (
    decision_id varchar(64) not null primary key,
    decision_date date not null,
    issued_at timestamp(6) with time zone not null
);

create table q_award_grant (
    grant_id varchar(64) not null primary key,
    decision_id varchar(64) not null,
    decision_number varchar(100) not null,
    deciding_unit varchar(64) not null,
    award_year integer not null,
    sequence_number bigint not null,
    campaign_id varchar(64) not null,
    participant_kind varchar(20) not null,
    unit_id varchar(64) not null,
    person_id varchar(64),
    award_type varchar(60) not null,
    rule_set_version varchar(40),
    revoked boolean not null,
    revocation_reason varchar(4000),
    revoked_at timestamp(6) with time zone
);
create index q_award_grant_decision on q_award_grant (decision_id, sequence_number);
create index q_award_grant_person on q_award_grant (person_id);
create index q_award_grant_unit on q_award_grant (unit_id);
create index q_award_grant_deciding_unit on q_award_grant (deciding_unit);
create index q_award_grant_year_type on q_award_grant (award_year, award_type);

create table q_award_person (
    person_id varchar(64) not null primary key,
    full_name varchar(500) not null
);

create table q_award_unit (
    unit_id varchar(64) not null primary key,
    name varchar(500) not null,
    last_sequence bigint not null
);
