-- R-CALL-1: one round a year, with its quota and deadlines.
CREATE TABLE award_round (
  round_year             INTEGER     PRIMARY KEY,
  quota                  INTEGER     NOT NULL,
  application_deadline   DATE        NOT NULL,   -- the window closes at the end of this day
  formal_review_deadline DATE        NOT NULL,
  status                 VARCHAR(32) NOT NULL,   -- OPEN, CLOSED, FORMAL_REVIEW_DONE
  process_instance_id    VARCHAR(64) NOT NULL,
  opened_by              VARCHAR(64) NOT NULL,
  opened_at              TIMESTAMP   NOT NULL
);

-- One application per society and round (R-APP-1..3); its stage as the intake decided it.
CREATE TABLE application (
  business_key        VARCHAR(100) PRIMARY KEY,  -- APP-<year>-<society code>
  round_year          INTEGER      NOT NULL REFERENCES award_round(round_year),
  society_code        VARCHAR(32)  NOT NULL REFERENCES society(code),
  process_instance_id VARCHAR(64)  NOT NULL,
  submitted_by        VARCHAR(64)  NOT NULL,
  submitted_at        TIMESTAMP    NOT NULL,
  status              VARCHAR(32)  NOT NULL,     -- SUBMITTED, NOT_ACCEPTED, IN_FORMAL_REVIEW,
                                                 -- CORRECTION_REQUESTED, ACCEPTED, REJECTED, WITHDRAWN
  status_reason       VARCHAR(4000),
  decided_at          TIMESTAMP,
  CONSTRAINT application_one_per_round UNIQUE (round_year, society_code)
);
CREATE INDEX application_round_status ON application(round_year, status);
