-- Nominees of concluded reviews: what proposals (P1) and direct decisions (D1) are made for.
create table cmd_nominee (
    campaign_id varchar(64) not null,
    review_id varchar(64) not null,
    registration_id varchar(64) not null,
    award_type varchar(60) not null,
    kind varchar(20) not null,
    unit_id varchar(64) not null,
    person_id varchar(64),
    rating varchar(20) not null,
    review_year integer not null,
    used_initiative boolean not null,
    outstanding boolean not null,
    primary key (campaign_id, review_id, registration_id, award_type)
);

-- P7: one proposal or grant per nominee, award type and campaign; the unique key holds under concurrency.
create table cmd_nominee_claim (
    campaign_id varchar(64) not null,
    participant_key varchar(100) not null,
    award_type varchar(60) not null,
    holder varchar(64) not null,
    primary key (campaign_id, participant_key, award_type)
);
create index cmd_nominee_claim_holder on cmd_nominee_claim (holder);

-- D3: quotas of the plans, and their use per reserved category ('*' for everyone else).
create table cmd_quota (
    campaign_id varchar(64) not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    limit_count integer,
    percent integer,
    percent_of varchar(60),
    reserved varchar(2000),
    primary key (campaign_id, award_type, target_kind)
);

create table cmd_quota_use (
    campaign_id varchar(64) not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    bucket varchar(500) not null,
    used integer not null,
    primary key (campaign_id, award_type, target_kind, bucket)
);

-- D2: decision numbers per unit and year, one counter row per unit.
create table cmd_decision_counter (
    unit_id varchar(64) not null primary key,
    decision_year integer not null,
    last_number integer not null
);
insert into cmd_decision_counter (unit_id, decision_year, last_number) select unit_id, 0, 0 from cmd_unit;

-- Grants of this system count in achievement records until revoked.
alter table cmd_achievement_award add column grant_id varchar(64);
