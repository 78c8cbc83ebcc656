-- What this installation is for (ADR 0025). One row at most, written once: when ./vigil demo (DEMO) or a start
-- with vigil.installation.purpose=EXERCISE (EXERCISE) finds the database empty — no organisation, no audit
-- record — before the server writes anything (before the first administrator and the demo data). A database
-- that holds data without a row is a real one and is never marked later; only a marked database may run an
-- accelerated clock (vigil.clock.rate).
-- clock_mark: the latest instant the installation's clock may have shown (renewed ahead of it while the server
-- runs); a restart continues from max(real now, clock_mark), so time never runs backwards.
create table installation (
    singleton    boolean primary key default true check (singleton),
    purpose      text not null check (purpose in ('DEMO', 'EXERCISE')),
    recorded_at  timestamptz not null,
    clock_mark   timestamptz
);
