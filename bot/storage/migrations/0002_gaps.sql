-- The editors' loop: questions readers asked that the base could not answer, and answers they marked.
-- No user ids: `reader`/`dedupe` are keyed hashes (HMAC with gap_keys.secret) that only let readers be counted
-- and a reader's repeated asks and clicks count once; without the secret they cannot be turned back into ids.

CREATE TABLE gap_events (
    id        TEXT    PRIMARY KEY,            -- random, made by the caller (portable: no sequences)
    kind      TEXT    NOT NULL CHECK (kind IN ('not_found', 'unhelpful', 'helpful')),
    command   TEXT    NOT NULL,
    query     TEXT    NOT NULL,               -- as typed, mentions removed
    status    TEXT    NOT NULL,               -- the answer's status when it was recorded
    missing   TEXT    NOT NULL DEFAULT '',    -- the words the base lacked
    reason    TEXT    NOT NULL DEFAULT '',    -- a reader's "what was wrong?" (200 characters at most)
    guild_id  INTEGER,                        -- NULL in DMs and on the console
    reader    TEXT    NOT NULL,               -- keyed hash of the reader: counts readers, names nobody
    dedupe    TEXT    NOT NULL,               -- keyed hash of (reader, question or message): repeats count once
    at        INTEGER NOT NULL,               -- UTC epoch seconds
    UNIQUE (kind, dedupe)
);

CREATE INDEX gap_events_at ON gap_events (at);

CREATE TABLE gap_keys (
    id     INTEGER PRIMARY KEY,
    secret TEXT    NOT NULL
);
