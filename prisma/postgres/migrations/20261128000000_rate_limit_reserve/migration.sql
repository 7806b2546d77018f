-- One round trip for a rate-limit reservation (lib/rate-limit, ADR 012). A statement's snapshot is taken when it
-- starts, so the count must run in a statement that starts after the bucket's advisory lock is held; inside a
-- VOLATILE PL/pgSQL function each statement takes a fresh snapshot at READ COMMITTED, so lock-then-count needs no
-- client-side transaction (BEGIN, lock, insert, COMMIT: four round trips on every sign-in attempt before).
-- A lost hit after a crash only forgets one attempt, so the commit does not wait for the WAL flush.
CREATE FUNCTION rate_limit_reserve(
    p_bucket TEXT,
    p_id TEXT,
    p_now TIMESTAMP(3),
    p_since TIMESTAMP(3),
    p_limit INTEGER
) RETURNS BOOLEAN
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    inserted INTEGER;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM pg_advisory_xact_lock(hashtextextended(p_bucket, 0));
    INSERT INTO "RateLimitHit" ("id", "bucket", "createdAt")
    SELECT p_id, p_bucket, p_now
    WHERE (SELECT COUNT(*) FROM "RateLimitHit" WHERE "bucket" = p_bucket AND "createdAt" >= p_since) < p_limit;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted = 1;
END;
$$;
