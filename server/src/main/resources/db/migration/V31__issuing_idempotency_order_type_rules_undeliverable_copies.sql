-- Issue 11, Build 7: idempotent issuing. A key an issuing organisation sends with POST /api/v1/removal-orders
-- (header Idempotency-Key, or the hidden token of the issuing form) is kept with the SHA-256 of the canonical
-- request: the same key with the same request answers the first order again; with another request it is refused.
create table issue_idempotency_key (
    organisation_id  uuid not null,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 255),
    request_hash     char(64) not null,
    order_id         uuid references removal_order(id),
    created_at       timestamptz not null,
    primary key (organisation_id, idempotency_key)
);
