-- Users are data (DESIGN §8): a bcrypt hash, the unit they act for, their roles (comma-separated).
create table app_user (
    username varchar(100) not null primary key,
    display_name varchar(200),
    password_hash varchar(200) not null,
    unit_id varchar(64) not null,
    roles varchar(200) not null
);

-- A1: every POST's Idempotency-Key with the answer first given; status is null while the first request runs.
create table idempotency_key (
    idempotency_key varchar(200) not null primary key,
    fingerprint varchar(64) not null,
    username varchar(100) not null,
    status integer,
    content_type varchar(200),
    location varchar(500),
    body blob,
    created_at timestamp(6) with time zone not null
);
