-- R-FUND-4: each ledger line names the line of the filed plan it is spent under (its line_no in
-- fund_plan_line); null for lines reported before ledgers named their budget lines.
ALTER TABLE expense ADD COLUMN budget_line_no INTEGER;

-- A check's ledger may now be flagged more than once at the same place: a line missing from the
-- final ledger that the mid-term ledger carried has no line of its own (line_no 0), and there
-- may be several of them.
ALTER TABLE flagged_line DROP CONSTRAINT flagged_check_line;
