CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"instrument_id" text,
	"source_id" integer,
	"status" text NOT NULL,
	"complete" boolean DEFAULT false NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"log" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"reverted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"sort_order" integer NOT NULL,
	"short_names" jsonb NOT NULL,
	"titles" jsonb NOT NULL,
	"title_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"adopted_place" text,
	"adopted_date" date,
	"opened_for_signature" date,
	"entry_into_force" date,
	"depositary" text,
	"untc_ref" text,
	"eif_rule" jsonb,
	"eif_rule_source" text,
	"reported_parties_count" integer,
	"reported_parties_as_of" text,
	"source_url" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "participant_aliases" (
	"alias" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"code" text PRIMARY KEY NOT NULL,
	"iso2" text,
	"m49" text,
	"kind" text NOT NULL,
	"regional_group" text,
	"member_since" date,
	"names" jsonb NOT NULL,
	"official_name_en" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instrument_id" text NOT NULL,
	"participant_code" text NOT NULL,
	"kind" text NOT NULL,
	"date" date,
	"effective_date" date,
	"text" text,
	"name_as_written" text NOT NULL,
	"source_id" integer NOT NULL,
	"batch_id" integer NOT NULL,
	"supersedes_id" bigint,
	"recorded_at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"as_of" date
);
--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_aliases" ADD CONSTRAINT "participant_aliases_code_participants_code_fk" FOREIGN KEY ("code") REFERENCES "public"."participants"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_participant_code_participants_code_fk" FOREIGN KEY ("participant_code") REFERENCES "public"."participants"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_events_instrument_participant" ON "participation_events" USING btree ("instrument_id","participant_code");--> statement-breakpoint
CREATE INDEX "participation_events_participant" ON "participation_events" USING btree ("participant_code");--> statement-breakpoint
CREATE INDEX "participation_events_batch" ON "participation_events" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "participation_events_recorded_at" ON "participation_events" USING btree ("recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_identity" ON "sources" USING btree ("publisher","title","as_of");