-- Phase report jobs and, once done, the report in its three renderings: any query side answers for a job whichever
-- instance ran it, and a finished report outlives a restart. (bytea is PostgreSQL's type and an H2 alias of varbinary.)
create table q_report_job (
    job_id varchar(64) not null primary key,
    owner varchar(200) not null,
    status varchar(20) not null,
    events_read bigint not null,
    events_total bigint not null,
    report_json bytea,
    report_csv bytea,
    report_xlsx bytea,
    failure_rule varchar(40),
    failure_kind varchar(20),
    failure_detail varchar(4000),
    started_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null
);
create index q_report_job_started on q_report_job (started_at);
