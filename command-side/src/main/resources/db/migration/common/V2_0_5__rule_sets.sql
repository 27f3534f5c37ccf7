-- Every published version of the award rules (DESIGN §5); the highest position is in force. Rows are only ever
-- added: a decision names the version it was taken under, so a version's document never changes.
create table cmd_rule_set (
    version      varchar(32)     not null primary key,
    position     integer         not null unique,
    document     varchar(200000) not null,
    published_at timestamp with time zone not null,
    published_by varchar(128)    not null
);
