-- Request rate limits counted in the database, so that they hold across every app server on one PostgreSQL
-- (@fastify/rate-limit counts in each process's memory otherwise). One row per route and client, a fixed window.
CREATE TABLE "rate_limit_hits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_hits_resets_at_idx" ON "rate_limit_hits" USING btree ("resets_at");
