-- Axon's serialized columns as binary varying, kept in the row, instead of blob (H2VarbinaryDialect says why).
alter table domain_event_entry alter column payload set data type binary varying;
alter table domain_event_entry alter column meta_data set data type binary varying;
alter table snapshot_event_entry alter column payload set data type binary varying;
alter table snapshot_event_entry alter column meta_data set data type binary varying;
alter table token_entry alter column token set data type binary varying;
alter table saga_entry alter column serialized_saga set data type binary varying;
alter table dead_letter_entry alter column payload set data type binary varying;
alter table dead_letter_entry alter column meta_data set data type binary varying;
alter table dead_letter_entry alter column token set data type binary varying;
alter table dead_letter_entry alter column diagnostics set data type binary varying;
