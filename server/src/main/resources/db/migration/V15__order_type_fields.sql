-- R53: each order type says which fields are mandatory.
alter table order_type add column requires_terrorist_content_reasons boolean not null default true;
alter table order_type add column requires_territorial_scope boolean not null default false;
update order_type set requires_terrorist_content_reasons = false where code = 'NL_CSAM_REMOVAL';
update order_type set requires_terrorist_content_reasons = false, requires_territorial_scope = true where code = 'DSA_ART9';

alter table removal_order add column territorial_scope char(2)[] not null default '{}';
