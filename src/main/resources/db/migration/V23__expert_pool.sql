-- Issue 19: the expert pool the office keeps on its own pages (/office/experts). An expert has a
-- title (职称) and a phone besides name, organisation, fields and email, and is active or not: a
-- deactivated expert stays on the committees they sit on but is not offered for a new one.
ALTER TABLE expert ADD COLUMN title VARCHAR(100);
ALTER TABLE expert ADD COLUMN phone VARCHAR(40);
ALTER TABLE expert ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

-- The first day of an affiliation (joined, took office); ended_on is now any affiliation's last day.
ALTER TABLE expert_affiliation ADD COLUMN started_on DATE;
