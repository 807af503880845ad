-- 0006: roles and admin commands. Every command anyone types to the bot (`/…`) is recorded here: who, what, when,
-- from which chat, and how it ended (done, refused, usage, limited). `/audit` lists it; the per-person rate limit
-- counts it.

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,
  actor_id  TEXT NOT NULL,
  roles     TEXT NOT NULL DEFAULT '',             -- the caller's roles when they typed it, e.g. "admin,doctor"
  command   TEXT NOT NULL,                        -- canonical name, e.g. "group set"
  args      TEXT NOT NULL DEFAULT '',             -- the arguments as typed (commands carry no health details)
  chat_id   TEXT NOT NULL,                        -- group id, or the caller's id for a DM
  is_group  INTEGER NOT NULL CHECK (is_group IN (0, 1)),
  outcome   TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'usage', 'limited', 'failed')),
  detail    TEXT                                  -- what changed, or why not
);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);

-- Reports read consultations by when they were created and answered, each ticket's first claim and answer, and
-- the escalations of a period.
CREATE INDEX consultations_by_created ON consultations (created_at);
CREATE INDEX consultations_by_answered ON consultations (answered_at);
CREATE INDEX consultation_events_by_ticket_kind ON consultation_events (consultation_id, kind, at);
CREATE INDEX consultation_events_by_kind ON consultation_events (kind, at);
