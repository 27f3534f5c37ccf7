-- Persons, so an individual participant is a person of a unit (C4).
create table cmd_person (
    person_id varchar(64) not null primary key,
    full_name varchar(500) not null,
    unit_id varchar(64) not null,
    category varchar(500)
);
create index cmd_person_unit on cmd_person (unit_id);

-- Campaigns across aggregates: plan number once per issuer (C1), cascades (C2).
create table cmd_campaign (
    campaign_id varchar(64) not null primary key,
    issuer_id varchar(64) not null,
    plan_number varchar(500) not null,
    status varchar(20) not null,
    period_from date not null,
    period_to date not null,
    parent_id varchar(64),
    constraint cmd_campaign_plan_number unique (issuer_id, plan_number)
);
create index cmd_campaign_parent on cmd_campaign (parent_id);

-- Achievement records (DESIGN §5) keyed by participant ("unit:…" or "person:…").
create table cmd_achievement_rating (
    participant_key varchar(100) not null,
    achievement_year integer not null,
    rating varchar(20) not null,
    source varchar(100) not null,
    primary key (participant_key, achievement_year)
);

create table cmd_achievement_award (
    participant_key varchar(100) not null,
    achievement_year integer not null,
    award_type varchar(60) not null,
    decision_number varchar(200) not null,
    decided_by varchar(500),
    revoked boolean not null
);
create index cmd_achievement_award_key on cmd_achievement_award (participant_key);

create table cmd_achievement_initiative (
    participant_key varchar(100) not null,
    achievement_year integer not null,
    scope varchar(20) not null,
    title varchar(2000) not null,
    recognition_number varchar(200) not null
);
create index cmd_achievement_initiative_key on cmd_achievement_initiative (participant_key);

create table cmd_achievement_discipline (
    participant_key varchar(100) not null,
    achievement_year integer not null,
    primary key (participant_key, achievement_year)
);
