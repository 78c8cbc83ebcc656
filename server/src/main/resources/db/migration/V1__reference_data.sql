-- Reference data: Member States (EU + EEA for territorial scope, R52) and the 24 official EU languages (R51).
create table member_state (
    code        char(2) primary key check (code ~ '^[A-Z]{2}$'),
    name        text    not null,
    eu_member   boolean not null
);

create table official_language (
    code        char(2) primary key check (code ~ '^[a-z]{2}$'),
    name        text not null,
    native_name text not null
);

-- Official EU languages that are official in each Member State (used for the Art. 15(2) language rule).
create table member_state_language (
    member_state char(2) not null references member_state(code),
    language     char(2) not null references official_language(code),
    primary key (member_state, language)
);

insert into official_language (code, name, native_name) values
 ('bg','Bulgarian','български'), ('cs','Czech','čeština'), ('da','Danish','dansk'), ('de','German','Deutsch'),
 ('el','Greek','ελληνικά'), ('en','English','English'), ('es','Spanish','español'), ('et','Estonian','eesti'),
 ('fi','Finnish','suomi'), ('fr','French','français'), ('ga','Irish','Gaeilge'), ('hr','Croatian','hrvatski'),
 ('hu','Hungarian','magyar'), ('it','Italian','italiano'), ('lt','Lithuanian','lietuvių'), ('lv','Latvian','latviešu'),
 ('mt','Maltese','Malti'), ('nl','Dutch','Nederlands'), ('pl','Polish','polski'), ('pt','Portuguese','português'),
 ('ro','Romanian','română'), ('sk','Slovak','slovenčina'), ('sl','Slovenian','slovenščina'), ('sv','Swedish','svenska');

insert into member_state (code, name, eu_member) values
 ('AT','Austria',true), ('BE','Belgium',true), ('BG','Bulgaria',true), ('HR','Croatia',true), ('CY','Cyprus',true),
 ('CZ','Czechia',true), ('DK','Denmark',true), ('EE','Estonia',true), ('FI','Finland',true), ('FR','France',true),
 ('DE','Germany',true), ('GR','Greece',true), ('HU','Hungary',true), ('IE','Ireland',true), ('IT','Italy',true),
 ('LV','Latvia',true), ('LT','Lithuania',true), ('LU','Luxembourg',true), ('MT','Malta',true), ('NL','Netherlands',true),
 ('PL','Poland',true), ('PT','Portugal',true), ('RO','Romania',true), ('SK','Slovakia',true), ('SI','Slovenia',true),
 ('ES','Spain',true), ('SE','Sweden',true),
 ('IS','Iceland',false), ('LI','Liechtenstein',false), ('NO','Norway',false);

insert into member_state_language (member_state, language) values
 ('AT','de'), ('BE','nl'), ('BE','fr'), ('BE','de'), ('BG','bg'), ('HR','hr'), ('CY','el'), ('CZ','cs'), ('DK','da'),
 ('EE','et'), ('FI','fi'), ('FI','sv'), ('FR','fr'), ('DE','de'), ('GR','el'), ('HU','hu'), ('IE','ga'), ('IE','en'),
 ('IT','it'), ('LV','lv'), ('LT','lt'), ('LU','fr'), ('LU','de'), ('MT','mt'), ('MT','en'), ('NL','nl'), ('PL','pl'),
 ('PT','pt'), ('RO','ro'), ('SK','sk'), ('SI','sl'), ('ES','es'), ('SE','sv'), ('LI','de');
