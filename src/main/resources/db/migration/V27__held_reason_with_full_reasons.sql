-- R-CHK-1, R-DYN-1: a held tranche's reason is a short prefix ("中期检查未通过：") followed by the
-- office's reasons, which a form lets run to 4,000 characters: the column holds both.
ALTER TABLE held_tranche ALTER COLUMN reason SET DATA TYPE VARCHAR(4100);
