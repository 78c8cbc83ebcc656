-- Numbered order references (<authority code>-<year>-<number>) come from a counter per issuing authority and
-- year, incremented atomically (insert ... on conflict do update ... returning). The old scheme, count(*) + 1 of
-- the year's orders, collided for ever once an authority hand-picked the reference the count would give next.
create table order_reference_counter (
    authority_id  uuid not null references competent_authority(id),
    year          int not null,
    last_number   bigint not null check (last_number > 0),
    primary key (authority_id, year)
);

-- Continue where the old scheme stood: the number of orders of each year. Numbers already taken by a
-- hand-picked reference are skipped when issuing.
insert into order_reference_counter (authority_id, year, last_number)
select issuing_authority_id, extract(year from issued_at at time zone 'UTC')::int, count(*)
from removal_order
group by issuing_authority_id, extract(year from issued_at at time zone 'UTC')::int;
