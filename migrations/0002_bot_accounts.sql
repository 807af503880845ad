-- 0002: each bot account's logins. The first login marks where history ends for that account: messages from before
-- it are replayed history; messages missed while the bot was restarting are not (they are read, deduplicated by id).

CREATE TABLE bot_accounts (
  bot_id         TEXT PRIMARY KEY,
  first_login_at INTEGER NOT NULL,
  last_login_at  INTEGER NOT NULL
);
