-- Digest settings, one row per server, and the daily claim table that makes posting exactly-once.
-- Portable SQL: INTEGER for ids and UTC epoch seconds, TEXT for ISO local dates, 0/1 for flags, so
-- the PostgreSQL backend can run the same statements (with BIGINT for the snowflake ids).

CREATE TABLE digest_settings (
    guild_id    INTEGER PRIMARY KEY,
    channel_id  INTEGER NOT NULL,
    post_time   TEXT    NOT NULL,              -- 'HH:MM' local wall-clock time
    timezone    TEXT    NOT NULL,              -- IANA zone name
    enabled     INTEGER NOT NULL DEFAULT 1,
    since_date  TEXT    NOT NULL,              -- local date first enabled: start of "new in the sources"
    next_due    INTEGER,                       -- UTC epoch seconds when the scheduler next acts
    due_date    TEXT,                          -- local date that next_due acts for
    version     INTEGER NOT NULL DEFAULT 1,    -- bumped by every admin change; scheduler writes CAS on it
    updated_at  INTEGER NOT NULL,
    updated_by  INTEGER
);

CREATE INDEX digest_settings_next_due ON digest_settings (next_due) WHERE enabled = 1;

CREATE TABLE digest_posts (
    guild_id    INTEGER NOT NULL,
    local_date  TEXT    NOT NULL,              -- the server's local calendar day this digest is for
    status      TEXT    NOT NULL
                CHECK (status IN ('claimed', 'retry', 'posted', 'failed', 'missed', 'skipped')),
    owner       TEXT,                          -- the scheduler instance holding an open claim
    lease_until INTEGER,                       -- UTC epoch seconds; an open claim past it may be taken over
    attempts    INTEGER NOT NULL DEFAULT 0,
    channel_id  INTEGER,
    message_id  INTEGER,
    fact_id     TEXT,                          -- fact of the day that was posted
    cycle       INTEGER,                       -- its rotation cycle: facts repeat only in a later cycle
    error       TEXT,                          -- last error, shown in /digest status
    claimed_at  INTEGER,
    finished_at INTEGER,
    PRIMARY KEY (guild_id, local_date)
);

CREATE INDEX digest_posts_status ON digest_posts (guild_id, status, local_date);
CREATE INDEX digest_posts_rotation ON digest_posts (guild_id, cycle) WHERE status = 'posted';
