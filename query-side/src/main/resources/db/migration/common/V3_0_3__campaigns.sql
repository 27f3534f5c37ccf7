-- The campaigns view: each plan as it stands, its award plan, reserved shares and schedule (replaced whole on an
-- amendment), and what it keeps of registrations, reviews and progress reports to count progress.
create table q_campaign (
    campaign_id varchar(64) not null primary key,
    issuer_id varchar(64) not null,
    plan_number varchar(500) not null,
    title varchar(2000) not null,
    period_from date not null,
    period_to date not null,
    status varchar(20) not null,
    parent_campaign_id varchar(64),
    last_sequence bigint not null
);
create index q_campaign_issuer on q_campaign (issuer_id);
create index q_campaign_parent on q_campaign (parent_campaign_id);

create table q_campaign_award (
    campaign_id varchar(64) not null,
    item_index integer not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    quota_limit integer,
    quota_percent integer,
    quota_percent_of varchar(60),
    primary key (campaign_id, item_index)
);

create table q_campaign_reserved (
    campaign_id varchar(64) not null,
    item_index integer not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    category varchar(500) not null,
    share_count integer not null,
    primary key (campaign_id, item_index)
);

create table q_campaign_schedule (
    campaign_id varchar(64) not null,
    item_index integer not null,
    kind varchar(20) not null,
    review_year integer not null,
    title varchar(2000),
    primary key (campaign_id, item_index)
);

create table q_campaign_registration (
    registration_key varchar(130) not null primary key,
    campaign_id varchar(64) not null,
    active boolean not null,
    evaluated_review varchar(64),
    last_sequence bigint not null
);
create index q_campaign_registration_campaign on q_campaign_registration (campaign_id, active);

create table q_campaign_review (
    review_key varchar(130) not null primary key,
    campaign_id varchar(64) not null,
    review_id varchar(64) not null,
    concluded boolean not null,
    opened_sequence bigint not null
);
create index q_campaign_review_campaign on q_campaign_review (campaign_id, opened_sequence);

create table q_campaign_progress_report (
    report_key varchar(130) not null primary key,
    campaign_id varchar(64) not null,
    parent_campaign_id varchar(64) not null
);
create index q_campaign_progress_report_campaign on q_campaign_progress_report (campaign_id);
create index q_campaign_progress_report_parent on q_campaign_progress_report (parent_campaign_id);
