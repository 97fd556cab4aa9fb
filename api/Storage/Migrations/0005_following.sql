-- Following: tracking that keeps going while Outlook is closed (issue 11). Portable SQL: the same on SQLite and PostgreSQL.
-- Ids, times and statuses only: never a message body, subject line or notification payload.

-- One Graph change-notification subscription per user who follows their tracked conversations. client_state is the
-- secret Graph echoes in every notification (a notification with another one is rejected). status: active, or paused
-- with the reason the pane shows (consent or session ended: the user must open the pane to resume).
CREATE TABLE follow_subscription (
    tenant_id        TEXT NOT NULL,
    object_id        TEXT NOT NULL,
    address          TEXT NOT NULL,
    subscription_id  TEXT,
    client_state     TEXT NOT NULL,
    expires_at       TEXT,
    status           TEXT NOT NULL,
    paused_reason    TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id)
);
CREATE UNIQUE INDEX follow_subscription_id ON follow_subscription (subscription_id);

-- Notifications already accepted, by what identifies a change (message id + change type + etag/changeKey): a
-- notification delivered twice, or again after a later one, is processed once. Pruned after a retention period.
CREATE TABLE follow_notification_seen (
    subscription_id TEXT NOT NULL,
    change_id       TEXT NOT NULL,
    seen_at         TEXT NOT NULL,
    PRIMARY KEY (subscription_id, change_id)
);
CREATE INDEX follow_notification_seen_at ON follow_notification_seen (seen_at);

-- Messages whose conversation is not known yet (a notification without resource data names only the message).
-- One row per message however often it was notified; claimed_until is a lease so a crashed worker's rows run again.
CREATE TABLE follow_message_pending (
    tenant_id     TEXT NOT NULL,
    object_id     TEXT NOT NULL,
    message_id    TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    claimed_until TEXT,
    PRIMARY KEY (tenant_id, object_id, message_id)
);

-- Tracked conversations to read again: one row per conversation however many of its messages changed (coalescing).
CREATE TABLE follow_conversation_pending (
    tenant_id       TEXT NOT NULL,
    object_id       TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    due_at          TEXT NOT NULL,
    claimed_until   TEXT,
    PRIMARY KEY (tenant_id, object_id, conversation_id)
);
