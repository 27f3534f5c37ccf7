-- The title assessments view (seed 004): each title a collective registered for a year, with its own and the
-- recognising body's totals and where recognition stands, and its criteria with the points of each.
create table q_title_assessment (
    assessment_key varchar(200) not null primary key,
    campaign_id varchar(64) not null,
    registration_id varchar(64) not null,
    unit_id varchar(64) not null,
    award_type varchar(60) not null,
    title_year integer not null,
    rule_set_version varchar(64) not null,
    outcome varchar(20) not null,
    self_total integer,
    self_sequence bigint,
    committee_total integer,
    committee_sequence bigint,
    scored_by varchar(64),
    proposal_id varchar(64),
    decision_id varchar(64)
);
create index q_title_assessment_campaign on q_title_assessment (campaign_id, registration_id, title_year);

create table q_title_criterion (
    criterion_key varchar(230) not null primary key,
    assessment_key varchar(200) not null,
    position integer not null,
    standard_code varchar(20) not null,
    standard_name varchar(500) not null,
    criterion_code varchar(20) not null,
    criterion_name varchar(2000) not null,
    max_points integer not null,
    self_points integer,
    committee_points integer
);
create index q_title_criterion_assessment on q_title_criterion (assessment_key, position);

-- The proposal each assessment was scored on, so that an approval or rejection finds it by id.
create table q_title_proposal (
    proposal_id varchar(64) not null primary key,
    assessment_key varchar(200) not null
);
