-- 0003: triage. Per-group switch for taking unmentioned questions (NULL: the config default, triage.autoIntake).

ALTER TABLE groups ADD COLUMN auto_intake INTEGER CHECK (auto_intake IN (0, 1));
