-- R-DYN-1: what the final acceptance decided for the society's support (动态管理): continued,
-- adjusted (with the amount it was reduced by) or terminated.
CREATE TABLE society_support (
  application_key VARCHAR(100)   PRIMARY KEY REFERENCES award(application_key),
  society_code    VARCHAR(32)    NOT NULL REFERENCES society(code),
  round_year      INTEGER        NOT NULL,
  support         VARCHAR(16)    NOT NULL,   -- CONTINUED, ADJUSTED, TERMINATED
  adjustment      NUMERIC(12, 2),
  reasons         VARCHAR(4000),
  decided_at      TIMESTAMP      NOT NULL
);
CREATE INDEX society_support_society ON society_support(society_code);
