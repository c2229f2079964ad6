-- Issue 13: the library's record kinds and metadata, the provisions of national laws, incorporation assessments
-- and one search index (segmented in the app, indexed with the 'simple' configuration: ADR 23). The GIN indexes are
-- built without a pending list (fastupdate = off): PGlite runs no autovacuum to flush one, and a search then scanned
-- the whole list (20 ms a query at 20,000 entries, 0.2 ms without it).
CREATE TABLE "incorporation_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_code" text NOT NULL,
	"instrument_id" text NOT NULL,
	"requirement_id" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"provision_id" uuid,
	"activity_id" uuid,
	"organisation_id" uuid NOT NULL,
	"assessed_by" uuid,
	"assessed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "legal_provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"label" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"requirement_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"terms" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, terms)) STORED NOT NULL,
	"kind" text NOT NULL,
	"language" text,
	"year" integer,
	"state_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"instrument_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"requirement_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"mandates" text[] DEFAULT '{}'::text[] NOT NULL,
	"confidentiality" text NOT NULL,
	"state_code" text,
	"owner_organisation_id" uuid,
	"shared_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"named_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "kind" text DEFAULT 'publication' NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "state_codes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "detected_language" text;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "document_date" date;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "version_label" text;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "source" text;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "instrument_ids" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "themes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "mandates" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "translation_of" uuid;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "extracted_text" text;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_state_code_participants_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."participants"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_provision_id_legal_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."legal_provisions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "incorporation_assessments" ADD CONSTRAINT "incorporation_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "legal_provisions" ADD CONSTRAINT "legal_provisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "legal_provisions" ADD CONSTRAINT "legal_provisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "incorporation_assessments_state_idx" ON "incorporation_assessments" USING btree ("state_code","instrument_id");
--> statement-breakpoint
CREATE INDEX "incorporation_assessments_provision_idx" ON "incorporation_assessments" USING btree ("provision_id");
--> statement-breakpoint
CREATE INDEX "incorporation_assessments_activity_idx" ON "incorporation_assessments" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incorporation_assessments_current_idx" ON "incorporation_assessments" USING btree ("state_code","requirement_id","organisation_id") WHERE superseded_at is null;
--> statement-breakpoint
CREATE INDEX "legal_provisions_document_idx" ON "legal_provisions" USING btree ("document_id");
--> statement-breakpoint
CREATE INDEX "legal_provisions_requirements_idx" ON "legal_provisions" USING gin ("requirement_ids") WITH (fastupdate = off);
--> statement-breakpoint
CREATE UNIQUE INDEX "search_entries_source_idx" ON "search_entries" USING btree ("source_kind","source_id");
--> statement-breakpoint
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv") WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "search_entries_instruments_idx" ON "search_entries" USING gin ("instrument_ids") WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "search_entries_states_idx" ON "search_entries" USING gin ("state_codes") WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "search_entries_themes_idx" ON "search_entries" USING gin ("themes") WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "documents_sha256_idx" ON "documents" USING btree ("sha256");
--> statement-breakpoint
CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
