-- 0011: what became of a send the process died in the middle of (see 0010): 'not-resent' for a group notice counted as
-- sent without trying again (at most once), 'resent' for an answer or a doctor's message sent again (at least once).
-- Its own column, so a later failure's last_error does not erase it.

ALTER TABLE outbound_messages ADD COLUMN after_crash TEXT CHECK (after_crash IN ('not-resent', 'resent'));
