CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid,
	"programme_id" uuid,
	"strategy_id" uuid,
	"state_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"mandates" text[] DEFAULT '{}'::text[] NOT NULL,
	"instrument_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place_city" text,
	"place_country_code" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"beneficiaries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"participants_total" integer,
	"participants_female" integer,
	"participants_male" integer,
	"participants_other" integer,
	"participants_by_institution" jsonb,
	"outputs" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"confidentiality" text DEFAULT 'state-restricted' NOT NULL,
	"shared_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"named_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_overlaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"other_activity_id" uuid NOT NULL,
	"state_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolution_comment" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "activity_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_code" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"instrument_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text NOT NULL,
	"source_title" text NOT NULL,
	"source_organisation_id" uuid,
	"source_document_id" uuid,
	"assessed_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"confidentiality" text DEFAULT 'state-restricted' NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"comment" text,
	"reason" text,
	"referred_to_organisation_id" uuid,
	"referral_request_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "assistance_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"author_organisation_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"state_code" text NOT NULL,
	"requesting_organisation_id" uuid,
	"requesting_authority_name" text,
	"addressed_to_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"instrument_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"mandates" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"priorities" text DEFAULT '' NOT NULL,
	"modality" text DEFAULT 'no-preference' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"recorded_on_behalf" boolean DEFAULT false NOT NULL,
	"note_verbale_document_id" uuid,
	"attachment_document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"confidentiality" text DEFAULT 'state-restricted' NOT NULL,
	"shared_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"named_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"referred_from_request_id" uuid,
	"submitted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"activity_id" uuid,
	"request_id" uuid,
	"state_code" text NOT NULL,
	"participation_event_id" bigint,
	"instrument_id" text,
	"strategy_id" uuid,
	"document_id" uuid,
	"date" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"subscription_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"names" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"state_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"mandates" text[] DEFAULT '{}'::text[] NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"confidentiality" text DEFAULT 'public' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"state_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text,
	"title" text NOT NULL,
	"stage" text NOT NULL,
	"stage_changed_on" date,
	"adopted_on" date,
	"document_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"confidentiality" text DEFAULT 'public' NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"email" boolean DEFAULT false NOT NULL,
	"feed_token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_request_id_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_overlaps" ADD CONSTRAINT "activity_overlaps_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_overlaps" ADD CONSTRAINT "activity_overlaps_other_activity_id_activities_id_fk" FOREIGN KEY ("other_activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_overlaps" ADD CONSTRAINT "activity_overlaps_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_needs" ADD CONSTRAINT "assistance_needs_source_organisation_id_organisations_id_fk" FOREIGN KEY ("source_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_needs" ADD CONSTRAINT "assistance_needs_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_needs" ADD CONSTRAINT "assistance_needs_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_needs" ADD CONSTRAINT "assistance_needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_events" ADD CONSTRAINT "assistance_request_events_request_id_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_events" ADD CONSTRAINT "assistance_request_events_referred_to_organisation_id_organisations_id_fk" FOREIGN KEY ("referred_to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_events" ADD CONSTRAINT "assistance_request_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_messages" ADD CONSTRAINT "assistance_request_messages_request_id_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_messages" ADD CONSTRAINT "assistance_request_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_request_messages" ADD CONSTRAINT "assistance_request_messages_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_requesting_organisation_id_organisations_id_fk" FOREIGN KEY ("requesting_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_addressed_to_organisation_id_organisations_id_fk" FOREIGN KEY ("addressed_to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_note_verbale_document_id_documents_id_fk" FOREIGN KEY ("note_verbale_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_request_id_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_participation_event_id_participation_events_id_fk" FOREIGN KEY ("participation_event_id") REFERENCES "public"."participation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_results" ADD CONSTRAINT "assistance_results_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_states_idx" ON "activities" USING gin ("state_codes");--> statement-breakpoint
CREATE INDEX "activities_themes_idx" ON "activities" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "activities_dates_idx" ON "activities" USING btree ("start_date","end_date");--> statement-breakpoint
CREATE INDEX "activities_end_idx" ON "activities" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "activities_organisation_idx" ON "activities" USING btree ("organisation_id","start_date");--> statement-breakpoint
CREATE INDEX "activities_request_idx" ON "activities" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "activities_programme_idx" ON "activities" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_overlaps_pair_idx" ON "activity_overlaps" USING btree ("activity_id","other_activity_id");--> statement-breakpoint
CREATE INDEX "activity_overlaps_open_idx" ON "activity_overlaps" USING btree ("status","detected_at");--> statement-breakpoint
CREATE INDEX "assistance_needs_state_idx" ON "assistance_needs" USING btree ("state_code","status");--> statement-breakpoint
CREATE INDEX "assistance_request_events_request_idx" ON "assistance_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "assistance_request_messages_request_idx" ON "assistance_request_messages" USING btree ("request_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_requests_reference_idx" ON "assistance_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "assistance_requests_state_idx" ON "assistance_requests" USING btree ("state_code","status");--> statement-breakpoint
CREATE INDEX "assistance_requests_addressed_idx" ON "assistance_requests" USING btree ("addressed_to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "assistance_requests_updated_idx" ON "assistance_requests" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "assistance_results_activity_idx" ON "assistance_results" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "assistance_results_request_idx" ON "assistance_results" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "assistance_results_state_idx" ON "assistance_results" USING btree ("state_code","date");--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_results_event_idx" ON "assistance_results" USING btree ("participation_event_id","activity_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_subscription_idx" ON "notifications" USING btree ("subscription_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_idx" ON "programmes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "programmes_organisation_idx" ON "programmes" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "strategies_states_idx" ON "strategies" USING gin ("state_codes");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_user_idx" ON "subscriptions" USING btree ("user_id","kind","value");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_feed_idx" ON "subscriptions" USING btree ("feed_token_hash");--> statement-breakpoint
CREATE INDEX "subscriptions_target_idx" ON "subscriptions" USING btree ("kind","value");--> statement-breakpoint
INSERT INTO "activity_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION activity_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "activity_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activities_bump_version AFTER INSERT OR UPDATE OR DELETE ON "activities"
  FOR EACH STATEMENT EXECUTE FUNCTION activity_version_bump();
--> statement-breakpoint
CREATE TRIGGER organisations_bump_activity_version AFTER INSERT OR UPDATE OR DELETE ON "organisations"
  FOR EACH STATEMENT EXECUTE FUNCTION activity_version_bump();
