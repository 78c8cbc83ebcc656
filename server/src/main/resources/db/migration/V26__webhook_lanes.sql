-- Webhook lanes claim the due messages of one endpoint at a time (ADR 0017).
create index outbox_due_by_provider on outbox_message(provider_id, next_attempt_at) where delivered_at is null;

-- Providers see only a generic delivery error; earlier rows could hold connection details.
update outbox_message set last_error = case
        when last_status is not null then 'HTTP ' || (last_status / 100) || 'xx'
        else 'delivery failed' end
    where last_error is not null;
