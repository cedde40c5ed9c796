-- R-SUP-1: an objection upheld for fraud keeps the office's reasons (up to 4,000 characters) with
-- the note that fraud was found and recorded after them, and the investigation it starts keeps the
-- same text as its ground.
ALTER TABLE objection ALTER COLUMN decision_reasons SET DATA TYPE VARCHAR(4200);
ALTER TABLE disqualification_ground ALTER COLUMN grounds SET DATA TYPE VARCHAR(4200);
