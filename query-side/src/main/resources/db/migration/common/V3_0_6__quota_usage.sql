-- Quota usage: the quotas of each campaign's award plan as it stands, and the grants counted against them.
create table q_quota_campaign (
    campaign_id varchar(64) not null primary key,
    issuer_id varchar(64) not null,
    last_sequence bigint not null
);

create table q_quota_item (
    campaign_id varchar(64) not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    item_order integer not null,
    limit_count integer,
    percent integer,
    percent_of varchar(60),
    primary key (campaign_id, award_type, target_kind)
);

create table q_quota_share (
    campaign_id varchar(64) not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    category varchar(500) not null,
    share_order integer not null,
    reserved_count integer not null,
    primary key (campaign_id, award_type, target_kind, category)
);

-- bucket: the reserved category the grant took a slot of, or '*' for the unreserved rest, fixed when granted.
create table q_quota_grant (
    grant_id varchar(64) not null primary key,
    campaign_id varchar(64) not null,
    award_type varchar(60) not null,
    target_kind varchar(20) not null,
    bucket varchar(500) not null,
    revoked boolean not null
);
create index q_quota_grant_quota on q_quota_grant (campaign_id, award_type, target_kind);
