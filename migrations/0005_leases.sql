-- 0005: leases and escalation. Lease nudges: When the doctor holding a claim was reminded that its lease is running out (NULL: not yet, or
-- not since the last extension).

ALTER TABLE consultations ADD COLUMN lease_nudged_at INTEGER;

-- Escalation (clinical SLA): how far up the ladder an unclaimed ticket went — 0 none, 1 its queue's doctors told
-- again, 2 widened to general doctors (who may then claim it), 3 admins and cadres told; and when.
ALTER TABLE consultations ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;

-- Privacy: the answer goes to the asker by DM, the group sees only the acknowledgement (psychology and maternal
-- tickets, and whenever the asker asks for it).
ALTER TABLE consultations ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
