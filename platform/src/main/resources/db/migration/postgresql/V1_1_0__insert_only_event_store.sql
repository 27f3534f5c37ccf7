-- The event store is insert-only for the application (DESIGN: history is never edited; corrections are new events).
-- Axon's JPA storage engine only ever inserts event rows (appendEvents persists; reads are projections, not managed
-- entities, so Hibernate has nothing to update) and never deletes them, so the application loses nothing here.
--
-- ${event_store_role} is the role the application connects as (spring.flyway.placeholders.event_store_role,
-- env EVENT_STORE_ROLE). By default it is current_user: the single role that owns the schema and runs the app
-- (.ci/run's thidua, which has no CREATEROLE). PostgreSQL lets an owner revoke its own privileges; the owner can
-- grant them back at any time, which is exactly what a DBA can do anyway, so in this mode the revoke guards against
-- the application (a bug, an injected statement), not against the database's owner. In production run Flyway as an
-- owner role (spring.flyway.user) and the application as a separate role: set EVENT_STORE_ROLE to it, and it gets
-- select and insert here (its grants on the other tables are the DBA's, as for any table).
--
-- snapshot_event_entry is left alone: Axon replaces an aggregate's snapshot by deleting the older ones, and a
-- snapshot is a cache that can be rebuilt from the events, not history.
-- A superuser bypasses every privilege check: never run the application as one.
revoke update, delete, truncate on domain_event_entry from ${event_store_role};
grant select, insert on domain_event_entry to ${event_store_role};
grant usage, select on sequence domain_event_entry_seq to ${event_store_role};
