-- The command side's unit directory (U1, U2): kept in the transaction of the unit events.
create table cmd_unit (
    unit_id varchar(64) not null primary key,
    name varchar(500) not null,
    abbreviation varchar(500) not null,
    level varchar(20) not null,
    kind varchar(30) not null,
    category varchar(500),
    parent_id varchar(64),
    authority varchar(1000),
    merged_into varchar(64),
    merged_at timestamp(6) with time zone
);

-- Who the recorded parent of a unit was from when: answers "the route as it stood then".
create table cmd_unit_parent_period (
    event_id varchar(255) not null primary key,
    unit_id varchar(64) not null,
    parent_id varchar(64),
    valid_from timestamp(6) with time zone not null
);
create index cmd_unit_parent_period_lookup on cmd_unit_parent_period (unit_id, valid_from);
