-- The registrations view: each registration with its commitments, each plan's issuer, and the categories of
-- units and persons (for reserved quota shares).
create table q_registration (
    registration_key varchar(130) not null primary key,
    campaign_id varchar(64) not null,
    registration_id varchar(64) not null,
    participant_kind varchar(20) not null,
    participant_unit varchar(64) not null,
    participant_person varchar(64),
    status varchar(20) not null,
    registered_at timestamp(6) with time zone not null,
    latest_rating varchar(20),
    latest_review_id varchar(64),
    last_sequence bigint not null
);
create index q_registration_campaign on q_registration (campaign_id, registered_at);

create table q_registration_commitment (
    registration_key varchar(130) not null,
    item_index integer not null,
    commitment varchar(2000) not null,
    primary key (registration_key, item_index)
);

create table q_registration_plan (
    campaign_id varchar(64) not null primary key,
    issuer_id varchar(64) not null
);

create table q_registration_category (
    party_key varchar(80) not null primary key,
    category varchar(500) not null
);

-- The review results view: each review, the rating each registration holds in it, its nominees, and each plan's
-- issuer and parent (who may read them).
create table q_review (
    review_key varchar(130) not null primary key,
    campaign_id varchar(64) not null,
    review_id varchar(64) not null,
    kind varchar(20) not null,
    review_year integer not null,
    title varchar(2000),
    status varchar(20) not null
);

create table q_review_plan (
    campaign_id varchar(64) not null primary key,
    issuer_id varchar(64) not null,
    parent_campaign_id varchar(64)
);
create index q_review_plan_issuer on q_review_plan (issuer_id);

create table q_review_rating (
    rating_key varchar(200) not null primary key,
    campaign_id varchar(64) not null,
    review_id varchar(64) not null,
    registration_id varchar(64) not null,
    participant_kind varchar(20) not null,
    participant_unit varchar(64) not null,
    participant_person varchar(64),
    rating varchar(20) not null,
    remarks varchar(2000),
    last_sequence bigint not null
);
create index q_review_rating_review on q_review_rating (campaign_id, review_id, registration_id);
create index q_review_rating_registration on q_review_rating (campaign_id, registration_id);

create table q_review_nominee (
    nominee_key varchar(260) not null primary key,
    campaign_id varchar(64) not null,
    review_id varchar(64) not null,
    nominee_index integer not null,
    registration_id varchar(64) not null,
    participant_kind varchar(20) not null,
    participant_unit varchar(64) not null,
    participant_person varchar(64),
    award_type varchar(60) not null,
    rating varchar(20),
    eligibility_route varchar(500),
    used_initiative boolean not null,
    outstanding boolean not null,
    justification varchar(2000)
);
create index q_review_nominee_review on q_review_nominee (campaign_id, review_id, nominee_index);
