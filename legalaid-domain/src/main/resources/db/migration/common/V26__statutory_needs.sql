-- Issue 21: what the law asks of a case's lawyer comes from the case's own data, not from a box
-- the assignment officer remembers to tick.

-- The district (GB/T 2260 code) a unit serves: a district centre's district, inherited by its
-- workstations. A notice received by the unit belongs to it when the organ names no district.
alter table org_unit add column region_code varchar(6);

-- The notifying organ's district, when the clerk or the organ's system names it; and the language
-- the defendant needs (sign language for a deaf or mute defendant, a minority language).
alter table criminal_notice add column region_code varchar(6);
alter table criminal_notice add column defendant_language varchar(10);

-- An applicant who may be sentenced to life imprisonment or death, or is a defendant in
-- death-penalty review (LAL art. 26), and the language the applicant needs.
alter table application add column life_or_death boolean default false not null;
alter table application add column client_language varchar(10);
