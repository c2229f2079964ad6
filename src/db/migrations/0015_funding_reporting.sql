CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contribution_id" uuid NOT NULL,
	"programme_id" uuid,
	"activity_id" uuid,
	"date" date NOT NULL,
	"amount" numeric(24, 6) NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "allocations_amount_positive" CHECK ("allocations"."amount" > 0),
	CONSTRAINT "allocations_one_target" CHECK (("allocations"."programme_id" is null) <> ("allocations"."activity_id" is null))
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"form" text NOT NULL,
	"donor_organisation_id" uuid NOT NULL,
	"recipient_organisation_id" uuid NOT NULL,
	"pledge_id" uuid,
	"date" date NOT NULL,
	"amount" numeric(24, 6) NOT NULL,
	"currency" text NOT NULL,
	"units_per_usd" numeric(24, 6) NOT NULL,
	"rate_date" date NOT NULL,
	"rate_source" text NOT NULL,
	"in_kind_description" text,
	"valuation_basis" text,
	"earmark_kind" text DEFAULT 'none' NOT NULL,
	"earmark_value" text,
	"reference" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contributions_amount_positive" CHECK ("contributions"."amount" > 0),
	CONSTRAINT "contributions_rate_positive" CHECK ("contributions"."units_per_usd" > 0)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"currency" text NOT NULL,
	"date" date NOT NULL,
	"units_per_usd" numeric(24, 6) NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_rates_positive" CHECK ("exchange_rates"."units_per_usd" > 0)
);
--> statement-breakpoint
CREATE TABLE "expenditures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"allocation_id" uuid NOT NULL,
	"date" date NOT NULL,
	"amount" numeric(24, 6) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "expenditures_amount_positive" CHECK ("expenditures"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"mandate_set" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"figures_computed_at" timestamp with time zone NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"field" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_resolution_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"to_symbol" text NOT NULL,
	"paragraph_id" uuid
);
--> statement-breakpoint
CREATE TABLE "resolution_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resolution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"mandate_id" text,
	"texts" jsonb NOT NULL,
	"addressees" text[] DEFAULT '{}'::text[] NOT NULL,
	"verb" text,
	"asks" text DEFAULT '' NOT NULL,
	"reporting" jsonb,
	"cites" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resolution_id" uuid NOT NULL,
	"language" text NOT NULL,
	"format" text NOT NULL,
	"content" text NOT NULL,
	"sha256" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"symbol" text NOT NULL,
	"key" text NOT NULL,
	"body" text NOT NULL,
	"adopted_on" date,
	"titles" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_recipient_organisation_id_organisations_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_allocation_id_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_corrections" ADD CONSTRAINT "resolution_corrections_paragraph_id_resolution_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."resolution_paragraphs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_corrections" ADD CONSTRAINT "resolution_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_links" ADD CONSTRAINT "resolution_links_from_resolution_id_resolutions_id_fk" FOREIGN KEY ("from_resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_links" ADD CONSTRAINT "resolution_links_paragraph_id_resolution_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."resolution_paragraphs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_paragraphs" ADD CONSTRAINT "resolution_paragraphs_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_texts" ADD CONSTRAINT "resolution_texts_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_texts" ADD CONSTRAINT "resolution_texts_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocations_contribution_idx" ON "allocations" USING btree ("contribution_id","date");--> statement-breakpoint
CREATE INDEX "allocations_programme_idx" ON "allocations" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "allocations_activity_idx" ON "allocations" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "contributions_donor_idx" ON "contributions" USING btree ("donor_organisation_id","date");--> statement-breakpoint
CREATE INDEX "contributions_recipient_idx" ON "contributions" USING btree ("recipient_organisation_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_currency_date_source_idx" ON "exchange_rates" USING btree ("currency","date","source");--> statement-breakpoint
CREATE INDEX "expenditures_allocation_idx" ON "expenditures" USING btree ("allocation_id","date");--> statement-breakpoint
CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period_from","period_to");--> statement-breakpoint
CREATE INDEX "resolution_corrections_paragraph_idx" ON "resolution_corrections" USING btree ("paragraph_id","corrected_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resolution_links_idx" ON "resolution_links" USING btree ("from_resolution_id","relation","to_symbol");--> statement-breakpoint
CREATE INDEX "resolution_links_to_idx" ON "resolution_links" USING btree ("to_symbol");--> statement-breakpoint
CREATE UNIQUE INDEX "resolution_paragraphs_number_idx" ON "resolution_paragraphs" USING btree ("resolution_id","kind","number");--> statement-breakpoint
CREATE INDEX "resolution_paragraphs_mandate_idx" ON "resolution_paragraphs" USING btree ("mandate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resolution_texts_language_idx" ON "resolution_texts" USING btree ("resolution_id","language");--> statement-breakpoint
CREATE UNIQUE INDEX "resolutions_symbol_idx" ON "resolutions" USING btree ("symbol");--> statement-breakpoint
CREATE UNIQUE INDEX "resolutions_key_idx" ON "resolutions" USING btree ("key");