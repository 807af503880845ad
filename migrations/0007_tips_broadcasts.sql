-- 0007: daily tips and broadcasts.

-- Each group's tip: local time (HH:MM in the group's time zone) and whether its managers want tips at all.
ALTER TABLE groups ADD COLUMN tip_time TEXT NOT NULL DEFAULT '09:00';
ALTER TABLE groups ADD COLUMN tips_enabled INTEGER NOT NULL DEFAULT 1 CHECK (tips_enabled IN (0, 1));

-- Tips added by admins from chat (`/tip add`), beside the reviewed library in config/tips/.
CREATE TABLE custom_tips (
  id          TEXT PRIMARY KEY,                 -- custom-<n>
  zh          TEXT NOT NULL,
  source      TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  added_by    TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);

-- Every tip posted to a group. The daily one is unique per group and local date: exactly once per day, whatever
-- restarts, late ticks or a second process do. Manual ones (`/tip now`) do not count as the day's tip.
CREATE TABLE tip_deliveries (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  group_id   TEXT NOT NULL REFERENCES groups (id),
  local_date TEXT NOT NULL,                     -- YYYY-MM-DD in the group's time zone
  tip_id     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('daily', 'manual')),
  outbox_id  INTEGER REFERENCES outbound_messages (id),
  at         INTEGER NOT NULL
);
CREATE UNIQUE INDEX tip_deliveries_daily ON tip_deliveries (group_id, local_date) WHERE kind = 'daily';
CREATE INDEX tip_deliveries_by_group ON tip_deliveries (group_id, tip_id, at);

-- Reports count the tips and broadcasts of a period.
CREATE INDEX outbound_messages_by_kind ON outbound_messages (kind, created_at);

-- Tips look for an emergency open in the group (and wait for it).
CREATE INDEX consultations_by_group ON consultations (group_id, urgency, status);

-- Broadcasts: a draft shown to its sender with the number of groups and the time it will take, sent on `confirm`.
CREATE TABLE broadcasts (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  sender_id    TEXT NOT NULL,
  selector     TEXT NOT NULL,
  text         TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('draft', 'sending', 'cancelled')),
  group_count  INTEGER NOT NULL,
  created_at   INTEGER NOT NULL,
  confirmed_at INTEGER
);
CREATE TABLE broadcast_deliveries (
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id),
  group_id     TEXT NOT NULL REFERENCES groups (id),
  outbox_id    INTEGER NOT NULL REFERENCES outbound_messages (id),
  PRIMARY KEY (broadcast_id, group_id)
);
