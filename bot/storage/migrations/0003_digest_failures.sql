-- How many times Discord refused the open day's digest (transient errors), apart from `attempts`.
-- `attempts` counts claims, and a claim also ends when our own process dies: backing off on it
-- punished Discord for our restarts and could push the retry past the end of the local day.
-- The retry backoff grows with this count instead; it is kept across restarts and processes.

ALTER TABLE digest_posts ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
