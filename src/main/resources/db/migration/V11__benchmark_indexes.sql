-- What the benchmarks (docs/benchmarks.md) showed the domain tables lack.

-- A society's own page and its upload slots read its applications and awards by society; the
-- unique (round_year, society_code) serves only queries by round.
CREATE INDEX application_society ON application(society_code);
CREATE INDEX award_society ON award(society_code);

-- The office's objections of a round (the statistics and the reports).
CREATE INDEX objection_round ON objection(round_year);

-- An expert's assignment letter lists every application of theirs: with 1,000 applications and
-- six experts that is over 30,000 characters.
ALTER TABLE mail_outbox ALTER COLUMN body SET DATA TYPE VARCHAR(200000);
