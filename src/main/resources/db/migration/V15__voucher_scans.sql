-- R-FUND-2: a voucher scan (kind VOUCHER_SCAN) is uploaded against the voucher number of the
-- ledger line it proves, normalised as the ledger's (NFKC, trimmed); other files have none.
ALTER TABLE application_document ADD COLUMN voucher_number VARCHAR(50);
