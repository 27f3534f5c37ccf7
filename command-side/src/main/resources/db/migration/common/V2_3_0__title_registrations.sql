-- T1: the criteria each collective registered for a title and year, with their maximum points, one row each, in
-- the order of the scheme; what the recognising body may score on the proposal (seed 004).
create table cmd_title_criterion (
    campaign_id varchar(64) not null,
    registration_id varchar(64) not null,
    award_type varchar(60) not null,
    title_year integer not null,
    position integer not null,
    standard_code varchar(20) not null,
    standard_name varchar(500) not null,
    criterion_code varchar(20) not null,
    criterion_name varchar(2000) not null,
    max_points integer not null,
    primary key (campaign_id, registration_id, award_type, title_year, criterion_code)
);
