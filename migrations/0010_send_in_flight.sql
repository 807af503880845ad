-- 0010: a send in flight. Set just before a message is handed to the platform and cleared by its outcome; still set
-- when the row is picked up again means the process died mid-send, and WeChat may or may not have the message.

ALTER TABLE outbound_messages ADD COLUMN sending_at INTEGER;
