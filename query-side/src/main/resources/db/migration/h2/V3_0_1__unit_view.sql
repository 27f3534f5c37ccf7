-- The hierarchy view: path is the chain of ids from the top, so a subtree is a prefix match.
create table q_unit (
    unit_id varchar(64) not null primary key,
    name varchar(500) not null,
    abbreviation varchar(500) not null,
    level varchar(20) not null,
    kind varchar(30) not null,
    category varchar(500),
    parent_id varchar(64),
    authority varchar(1000),
    merged_into varchar(64),
    path varchar(1000) not null,
    last_sequence bigint not null
);
create index q_unit_parent on q_unit (parent_id);
create index q_unit_path on q_unit (path);
