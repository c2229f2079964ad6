-- The chain version of each entry: 1 for the SHA-256 entries written so far, 2 for HMAC-SHA-256 entries from now on
-- (docs/decisions/0018-keyed-audit-chain.md). Adding a column updates no row, so the append-only trigger is not hit.
ALTER TABLE "audit_log" ADD COLUMN "chain" smallint DEFAULT 1 NOT NULL;
--> statement-breakpoint
-- TRUNCATE passes row triggers: refuse it with a statement trigger.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
