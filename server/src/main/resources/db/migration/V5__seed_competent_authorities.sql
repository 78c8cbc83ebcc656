-- Competent authorities as far as confirmed in the legal spec §5.1 (Commission register, Art. 12(4)).
-- Unconfirmed facts keep a data-quality flag (confidence + quality_note) instead of being dropped or guessed.
-- Later changes arrive as register imports, which add versions.
create temporary table seed_authority (
    code text, ms char(2), name text, abbr text, a boolean, b boolean, c boolean, d boolean, cp boolean,
    confidence text, note text, valid_from timestamptz
) on commit drop;

insert into seed_authority values
 ('DE-BKA','DE','Bundeskriminalamt','BKA', true,false,false,false,true,'CONFIRMED',null,'2022-06-07'),
 ('DE-BNETZA','DE','Bundesnetzagentur','BNetzA', false,true,true,true,false,'CONFIRMED',null,'2022-06-07'),
 ('FR-OFAC','FR','Office anti-cybercriminalité (ex-OCLCTIC)','OFAC', true,false,false,false,true,'CONFIRMED',null,'2022-06-07'),
 ('FR-ARCOM','FR','Autorité de régulation de la communication audiovisuelle et numérique (qualified person)','Arcom', false,true,true,true,false,'UNVERIFIED','Arcom role confirmed; split of (b)-(d) unverified','2022-06-07'),
 ('IE-GARDA','IE','An Garda Síochána','Garda', true,false,false,false,true,'CONFIRMED','Designated by S.I. of 31 May 2023; scope of the further designation S.I. No. 375/2025 unverified','2023-05-31'),
 ('NL-ATKM','NL','Autoriteit online Terroristisch en Kinderpornografisch Materiaal','ATKM', true,true,true,true,true,'CONFIRMED','National act: Uitvoeringswet verordening terroristische online-inhoud','2022-06-07'),
 ('ES-CITCO','ES','Centro de Inteligencia contra el Terrorismo y el Crimen Organizado (Ministry of the Interior)','CITCO', true,false,false,false,true,'PARTIAL','Issuing role confirmed; holders of roles (b)-(d) unverified','2022-06-07'),
 ('LT-POLICE','LT','Lithuanian Police (International Liaison Office, Criminal Police Bureau)','Police', true,false,false,true,true,'CONFIRMED','Confirmed as of June 2023; scrutiny (b) holder unverified','2023-06-01'),
 ('LT-RRT','LT','Communications Regulatory Authority','RRT', false,false,true,true,false,'CONFIRMED','Confirmed as of June 2023','2023-06-01'),
 ('BE-FPO','BE','Federal Prosecutor''s Office','FPO', false,false,false,false,true,'PARTIAL','Contact point confirmed (June 2023); role split unverified','2023-06-01'),
 ('BE-DJSOC','BE','Federal Police DJSOC/I2-IRU (24/7 via DJO Permanence)','DJSOC', false,false,false,false,true,'PARTIAL','Contact point confirmed (June 2023); role split unverified','2023-06-01'),
 ('BG-SOFIA-CP','BG','Contact point in Sofia (authority name not captured)',null, false,false,false,false,true,'UNVERIFIED','Authority name not captured; Bulgaria referred to the CJEU for non-compliance (2025)','2022-06-07'),
 ('LU-HCPN','LU','Haut-Commissariat à la Protection nationale, with an "Agence nationale…" (name truncated)','HCPN', false,false,false,false,true,'PARTIAL','Partial record: roles and second body unverified','2022-06-07'),
 ('AT-DSN','AT','Direktion Staatsschutz und Nachrichtendienst','DSN', true,false,false,false,true,'UNVERIFIED','Issuing role unverified','2022-06-07'),
 ('AT-KOMMAUSTRIA','AT','Kommunikationsbehörde Austria','KommAustria', false,true,true,true,false,'UNVERIFIED','Roles (b)-(d) unverified','2022-06-07');

insert into competent_authority (id, code, member_state, created_at)
select gen_random_uuid(), code, ms, now() from seed_authority;

insert into competent_authority_version (authority_id, name, abbreviation, role_issue, role_scrutinise,
    role_specific_measures, role_penalties, contact_point, source, confidence, quality_note, valid_from,
    valid_until, recorded_at, recorded_by)
select ca.id, s.name, s.abbr, s.a, s.b, s.c, s.d, s.cp,
       'Commission online register of competent authorities (Art. 12(4)); Vigil legal spec §5.1',
       s.confidence, s.note, s.valid_from, null, now(), 'seed'
from seed_authority s join competent_authority ca on ca.code = s.code;

-- Coimisiún na Meán: role (c) since 2023, role (d) added from 27 Sept 2024 (two versions).
insert into competent_authority (id, code, member_state, created_at)
values (gen_random_uuid(), 'IE-CNAM', 'IE', now());
insert into competent_authority_version (authority_id, name, abbreviation, role_issue, role_scrutinise,
    role_specific_measures, role_penalties, contact_point, source, confidence, quality_note, valid_from,
    valid_until, recorded_at, recorded_by)
select id, 'Coimisiún na Meán', 'CnaM', false, false, true, false, false,
       'Commission online register of competent authorities (Art. 12(4)); Vigil legal spec §5.1',
       'CONFIRMED', 'Designated for (c) in 2023; scrutiny (b) holder in Ireland unverified',
       '2023-01-01', '2024-09-27', now(), 'seed'
from competent_authority where code = 'IE-CNAM';
insert into competent_authority_version (authority_id, name, abbreviation, role_issue, role_scrutinise,
    role_specific_measures, role_penalties, contact_point, source, confidence, quality_note, valid_from,
    valid_until, recorded_at, recorded_by)
select id, 'Coimisiún na Meán', 'CnaM', false, false, true, true, false,
       'Commission online register of competent authorities (Art. 12(4)); Vigil legal spec §5.1',
       'CONFIRMED', 'Empowered to impose penalties (up to 4 % of turnover) from 27 Sept 2024',
       '2024-09-27', null, now(), 'seed'
from competent_authority where code = 'IE-CNAM';
