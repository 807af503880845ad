-- 0009: retention. When a finished consultation's texts (question, answer, the messages that carried them) were
-- deleted because they passed `retention.textDays`; /stats reports how many.

ALTER TABLE consultations ADD COLUMN purged_at INTEGER;
CREATE INDEX consultations_by_purged ON consultations (purged_at);
