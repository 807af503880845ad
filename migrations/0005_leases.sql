-- 0005: leases and escalation. Lease nudges: When the doctor holding a claim was reminded that its lease is running out (NULL: not yet, or
-- not since the last extension).

ALTER TABLE consultations ADD COLUMN lease_nudged_at INTEGER;

-- Escalation (clinical SLA): how far up the ladder an unclaimed ticket went — 0 none, 1 its queue's doctors told
-- again, 2 widened to general doctors (who may then claim it), 3 admins and cadres told; and when.
ALTER TABLE consultations ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;

-- Privacy: the answer goes to the asker by DM, the group sees only the acknowledgement (psychology and maternal
-- tickets, and whenever the asker asks for it).
ALTER TABLE consultations ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));

-- Rosters: a doctor's weekly windows (JSON, see src/domain/roster.ts) in their own time zone. on_duty follows it,
-- unless the doctor said on/off: that override holds until the roster next changes (override_until).
ALTER TABLE doctors ADD COLUMN roster TEXT;
ALTER TABLE doctors ADD COLUMN duty_override INTEGER CHECK (duty_override IN (0, 1));
ALTER TABLE doctors ADD COLUMN override_until INTEGER;

-- Off-duty doctors hear nothing, except emergencies of their specialties when they opted in.
ALTER TABLE doctors ADD COLUMN emergency_alerts INTEGER NOT NULL DEFAULT 0 CHECK (emergency_alerts IN (0, 1));

-- Digests: a new ticket a doctor was not told about one by one (too many at once) waits here for their digest.
CREATE TABLE notification_digests (
  consultation_id INTEGER NOT NULL REFERENCES consultations (id),
  doctor_id       TEXT NOT NULL,
  queued_at       INTEGER NOT NULL,
  sent_at         INTEGER,
  PRIMARY KEY (consultation_id, doctor_id)
);
CREATE INDEX outbound_messages_recent ON outbound_messages (to_id, kind, created_at);

-- When a ticket last started waiting (created, or back in a queue after a lapse, release or transfer): escalation and
-- expiry count from here (NULL: since created_at).
ALTER TABLE consultations ADD COLUMN queued_at INTEGER;
