-- The office's reasons reach these columns whole: a form lets them run to 4,000 characters, and
-- some are stored after a short prefix ("中期检查未通过：", "公示异议成立：", "弄虚作假，撤销资格：").
-- R-CHK-1, R-DYN-1: a held tranche's reason, after its prefix.
ALTER TABLE held_tranche ALTER COLUMN reason SET DATA TYPE VARCHAR(4100);
-- R-SUP-2, R-SUP-1: why an application ended; an entry removed from the notice keeps the reasons
-- of every objection upheld against it, each up to 4,000 characters.
ALTER TABLE application ALTER COLUMN status_reason SET DATA TYPE VARCHAR(1000000);
-- R-SUP-1: a fraud ban's grounds are the office's findings (4,000 characters, as the registry
-- import's ban grounds).
ALTER TABLE society_fraud_ban ALTER COLUMN grounds SET DATA TYPE VARCHAR(4000);
