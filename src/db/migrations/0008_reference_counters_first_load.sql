-- Request references per State and year (FRA-2026-0003) instead of one global serial, so that a State learns nothing
-- of other States' requests from its own references. Existing references (REQ-2026-0042) are kept as they are.
CREATE TABLE "request_reference_counters" (
	"state_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "request_reference_counters_state_code_year_pk" PRIMARY KEY("state_code","year")
);
--> statement-breakpoint
-- The first load of the shipped data, marked once complete, so that an interrupted first start is finished by the next.
CREATE TABLE "first_load" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"lists" integer NOT NULL,
	CONSTRAINT "first_load_one_row" CHECK ("id")
);
