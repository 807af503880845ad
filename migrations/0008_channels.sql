-- 0008: channels beyond personal WeChat (DingTalk robots, the WeChat Official Account).

-- A person's id on another platform: a doctor registered by WeChat id who also answers on DingTalk, say. People
-- known only by a platform id are stored as "dt:<staff id>" / "oa:<openid>" and need no row here.
CREATE TABLE person_identities (
  platform    TEXT NOT NULL CHECK (platform IN ('dingtalk', 'wechat-oa')),
  platform_id TEXT NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id),
  PRIMARY KEY (platform, platform_id)
);
CREATE INDEX person_identities_by_person ON person_identities (person_id, platform);

-- The Official Account's customer-service window: a user's message opens 5 sends within 48 hours.
CREATE TABLE oa_windows (
  bot_id     TEXT NOT NULL,
  openid     TEXT NOT NULL,
  opened_at  INTEGER NOT NULL,
  sends_left INTEGER NOT NULL,
  PRIMARY KEY (bot_id, openid)
);

-- Messages that could not go out because the window was closed or used up: sent when the user next writes.
CREATE TABLE oa_parked (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  bot_id     TEXT NOT NULL,
  openid     TEXT NOT NULL,
  text       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  sent_at    INTEGER
);
CREATE INDEX oa_parked_waiting ON oa_parked (bot_id, openid, sent_at);
