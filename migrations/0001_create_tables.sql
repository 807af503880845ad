-- 0001: the foundation schema. Landed migrations are never edited; add 0002_… instead.
-- Times are integer milliseconds since the Unix epoch (UTC), taken from the injected clock.

CREATE TABLE groups (
  id          TEXT PRIMARY KEY,                 -- WeChat room id (contains '@')
  name        TEXT NOT NULL DEFAULT '',
  bot_id      TEXT NOT NULL,                    -- the bot account (bots/*.json id) that serves it
  country     TEXT,                             -- ISO 3166-1 alpha-2, e.g. IT, ES
  district    TEXT,                             -- consular district, e.g. 米兰总领馆
  region      TEXT,
  city        TEXT,
  association TEXT,
  level       TEXT,
  timezone    TEXT NOT NULL DEFAULT 'Europe/Rome',
  language    TEXT NOT NULL DEFAULT 'zh',
  paused      INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE people (
  id          TEXT PRIMARY KEY,                 -- WeChat contact id (no '@')
  name        TEXT NOT NULL DEFAULT '',
  dm_bot_id   TEXT,                             -- the bot account this person talks to in DM
  language    TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE group_members (
  group_id    TEXT NOT NULL REFERENCES groups (id),
  person_id   TEXT NOT NULL REFERENCES people (id),
  PRIMARY KEY (group_id, person_id)
);

-- Roles: admin, cadre, manager, doctor. scope is '*' or a group id / selector (admin issue).
CREATE TABLE roles (
  person_id   TEXT NOT NULL REFERENCES people (id),
  role        TEXT NOT NULL CHECK (role IN ('admin', 'cadre', 'manager', 'doctor')),
  scope       TEXT NOT NULL DEFAULT '*',
  granted_by  TEXT,
  granted_at  INTEGER NOT NULL,
  PRIMARY KEY (person_id, role, scope)
);

CREATE TABLE doctors (
  person_id   TEXT PRIMARY KEY REFERENCES people (id),
  hospital    TEXT NOT NULL DEFAULT '',
  languages   TEXT NOT NULL DEFAULT '["zh"]',   -- JSON array of language codes
  on_duty     INTEGER NOT NULL DEFAULT 0 CHECK (on_duty IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE doctor_specialties (
  doctor_id   TEXT NOT NULL REFERENCES doctors (person_id),
  specialty   TEXT NOT NULL,
  PRIMARY KEY (doctor_id, specialty)
);
CREATE INDEX doctor_specialties_by_specialty ON doctor_specialties (specialty, doctor_id);

-- A consultation is a ticket; its id is the ticket number users see as #<id>.
CREATE TABLE consultations (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  bot_id           TEXT NOT NULL,               -- the account that received the question and relays the answer
  group_id         TEXT REFERENCES groups (id), -- NULL when asked by DM
  asker_id         TEXT NOT NULL REFERENCES people (id),
  asker_name       TEXT NOT NULL,
  source_msg_id    TEXT NOT NULL,
  text             TEXT NOT NULL,
  specialty        TEXT NOT NULL,
  urgency          TEXT NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'routine')),
  urgency_rank     INTEGER NOT NULL,            -- 0 emergency, 1 urgent, 2 routine: the queue order
  status           TEXT NOT NULL CHECK (status IN ('queued', 'claimed', 'answered', 'closed', 'cancelled')),
  claimed_by       TEXT REFERENCES doctors (person_id),
  claimed_at       INTEGER,
  lease_expires_at INTEGER,
  answer           TEXT,
  answered_by      TEXT REFERENCES doctors (person_id),
  answered_at      INTEGER,
  closed_by        TEXT,
  closed_at        INTEGER,
  dispatched_at    INTEGER,                     -- when the on-duty doctors were notified
  version          INTEGER NOT NULL DEFAULT 0,  -- bumped on every transition (compare-and-set guard)
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  UNIQUE (bot_id, source_msg_id)
);
CREATE INDEX consultations_open_queue ON consultations (status, specialty, urgency_rank, created_at);
CREATE INDEX consultations_by_doctor ON consultations (claimed_by, status);
CREATE INDEX consultations_by_asker ON consultations (asker_id, status);

-- Everything that happened to a ticket, in order (history for transfers, reports and audits).
CREATE TABLE consultation_events (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  consultation_id INTEGER NOT NULL REFERENCES consultations (id),
  at              INTEGER NOT NULL,
  kind            TEXT NOT NULL,                -- created, claimed, claim_refused, answered, closed, …
  actor_id        TEXT,
  detail          TEXT                          -- JSON
);
CREATE INDEX consultation_events_by_ticket ON consultation_events (consultation_id, id);

-- Inbound dedupe: a message id is handled once per bot account, whatever the transport redelivers.
CREATE TABLE inbound_messages (
  bot_id      TEXT NOT NULL,
  msg_id      TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  chat_id     TEXT NOT NULL,
  sender_id   TEXT NOT NULL,
  kind        TEXT NOT NULL,
  outcome     TEXT,
  PRIMARY KEY (bot_id, msg_id)
);

-- Outbox: every message the bot sends is written here in the same transaction as the decision that causes it,
-- then queued in BullMQ by id; the sender marks it sent. Pending rows are re-queued after a crash.
CREATE TABLE outbound_messages (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  bot_id          TEXT NOT NULL,
  to_id           TEXT NOT NULL,
  is_group        INTEGER NOT NULL CHECK (is_group IN (0, 1)),
  text            TEXT NOT NULL,
  mentions        TEXT NOT NULL DEFAULT '[]',   -- JSON array of person ids
  priority        INTEGER NOT NULL,             -- BullMQ priority: lower is sooner
  kind            TEXT NOT NULL,                -- ack, notify, claim, answer, notice, …
  consultation_id INTEGER REFERENCES consultations (id),
  dedupe_key      TEXT UNIQUE,                  -- e.g. notify-12-doc3: a retried dispatch never notifies twice
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER
);
CREATE INDEX outbound_messages_pending ON outbound_messages (status, id);
