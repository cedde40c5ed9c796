-- R-SUP-1: the funds to recover from a society whose qualification was revoked for fraud, and
-- the repayment once the office records it.
CREATE TABLE fund_recovery (
  application_key VARCHAR(100)   PRIMARY KEY REFERENCES application(business_key),
  amount_due      NUMERIC(12, 2) NOT NULL,
  decided_at      TIMESTAMP      NOT NULL,
  repaid_amount   NUMERIC(12, 2),
  repaid_on       DATE,
  voucher_number  VARCHAR(50),
  recorded_by     VARCHAR(64),
  recorded_at     TIMESTAMP
);
