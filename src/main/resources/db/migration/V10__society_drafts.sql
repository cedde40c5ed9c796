-- A society's unsubmitted work on a long form (application, fund plan, mid-term and final
-- report), one per society, round and form, kept as typed. Never an application: only the
-- society's own users read it, and it stays after submission or the round's end, read-only.
CREATE TABLE society_draft (
  society_code  VARCHAR(32)  NOT NULL REFERENCES society(code),
  round_year    INTEGER      NOT NULL,
  kind          VARCHAR(32)  NOT NULL,     -- APPLICATION, FUND_PLAN, MID_TERM_REPORT, FINAL_REPORT
  content       TEXT         NOT NULL,     -- JSON: {"fields": {...}, "rows": {"list": [{...}]}}
  saved_by      VARCHAR(64)  NOT NULL,
  saved_at      TIMESTAMP    NOT NULL,
  submitted_by  VARCHAR(64),
  submitted_at  TIMESTAMP,
  PRIMARY KEY (society_code, round_year, kind)
);
