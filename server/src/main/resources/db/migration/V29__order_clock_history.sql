-- Issue 11: the order model. A withdrawn state; the deadline history of every order, append-only (defect 3);
-- the overdue mark of the running clock period, so a restarted clock that is missed again is swept again.
alter table removal_order drop constraint removal_order_state_check;
alter table removal_order add constraint removal_order_state_check
    check (state in ('OPEN','SUSPENDED','EXECUTED','OVERDUE_EXECUTED','NO_LEGAL_EFFECT','WITHDRAWN'));

-- overdue_at stays the first missed deadline of the order (never cleared); period_overdue_at is the mark of
-- the clock period now running (cleared when the clock restarts).
alter table removal_order add column period_overdue_at timestamptz;
update removal_order set period_overdue_at = overdue_at where overdue_at is not null and state = 'OPEN';
alter table removal_order add column clock_period int not null default 1;
alter table removal_order add column withdrawn_at timestamptz;
alter table removal_order add column withdrawal_grounds text;
alter table removal_order add column replaces uuid references removal_order(id);
alter table removal_order add column replaced_by uuid references removal_order(id);

-- Each clock period of an order: started, warned, missed (overdue), suspended, restarted, stopped.
create table order_clock_event (
    order_id   uuid not null references removal_order(id),
    seq        bigint generated always as identity,
    period     int not null,
    kind       text not null check (kind in ('STARTED','WARNED','MISSED','SUSPENDED','RESTARTED','STOPPED')),
    at         timestamptz not null,          -- when it took effect (e.g. the missed due time)
    due_at     timestamptz,                   -- the deadline in force after this event, null while stopped
    recorded_at timestamptz not null,
    note       text,
    primary key (order_id, seq)
);
create unique index order_clock_event_once on order_clock_event (order_id, period, kind)
    where kind in ('WARNED','MISSED');

create function order_clock_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'order_clock_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger order_clock_event_no_update before update or delete on order_clock_event
    for each row execute function order_clock_event_is_append_only();

-- What is known of earlier orders: the start of the first clock and the marks the sweep raised.
insert into order_clock_event (order_id, period, kind, at, due_at, recorded_at, note)
select id, 1, 'STARTED', received_at, received_at + make_interval(mins => deadline_minutes), received_at,
       'recorded before issue 11; suspensions are in order_answer'
from removal_order;
insert into order_clock_event (order_id, period, kind, at, due_at, recorded_at, note)
select e.order_id, 1, case e.kind when 'WARNING' then 'WARNED' else 'MISSED' end,
       case e.kind when 'WARNING' then coalesce(o.warned_at, e.raised_at) else coalesce(o.overdue_at, e.raised_at) end,
       o.due_at, e.raised_at, 'recorded before issue 11'
from order_event e join removal_order o on o.id = e.order_id
on conflict do nothing;
drop table order_event;
