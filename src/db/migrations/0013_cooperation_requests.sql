-- Requests for mutual legal assistance and extradition (issue 12): drafted by the requesting State authority, then
-- one shared record between the two authorities, with its timeline and conversation.
CREATE TABLE "cooperation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"status_before_information" text,
	"refusal_ground" text,
	"requesting_organisation_id" uuid NOT NULL REFERENCES "organisations"("id"),
	"requesting_state_code" text NOT NULL REFERENCES "participants"("code"),
	"requested_state_code" text NOT NULL REFERENCES "participants"("code"),
	"requested_authority_id" uuid REFERENCES "authorities"("id") ON DELETE SET NULL,
	"instrument_id" text REFERENCES "instruments"("id"),
	"content" jsonb NOT NULL,
	"content_shared" boolean DEFAULT false NOT NULL,
	"shared_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"attachment_document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"requesting_reference" text DEFAULT '' NOT NULL,
	"requested_reference" text DEFAULT '' NOT NULL,
	"duplicated_from" uuid,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cooperation_requests_two_states" CHECK ("requesting_state_code" <> "requested_state_code")
);--> statement-breakpoint
CREATE INDEX "cooperation_requests_requesting_idx" ON "cooperation_requests" USING btree ("requesting_organisation_id","updated_at");--> statement-breakpoint
CREATE INDEX "cooperation_requests_requested_idx" ON "cooperation_requests" USING btree ("requested_state_code","status","updated_at");--> statement-breakpoint
CREATE INDEX "cooperation_requests_shared_idx" ON "cooperation_requests" USING gin ("shared_user_ids");--> statement-breakpoint
CREATE INDEX "cooperation_requests_open_idx" ON "cooperation_requests" USING btree ("status","status_changed_at");--> statement-breakpoint
CREATE TABLE "cooperation_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "cooperation_requests"("id") ON DELETE CASCADE,
	"from_status" text,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"side" text NOT NULL,
	"ground" text,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid REFERENCES "users"("id")
);--> statement-breakpoint
CREATE INDEX "cooperation_request_events_request_idx" ON "cooperation_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE TABLE "cooperation_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "cooperation_requests"("id") ON DELETE CASCADE,
	"author_id" uuid REFERENCES "users"("id"),
	"side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);--> statement-breakpoint
CREATE INDEX "cooperation_request_messages_request_idx" ON "cooperation_request_messages" USING btree ("request_id","seq");
--> statement-breakpoint
-- What each requested authority requires a request to contain (domain REQUEST_ITEMS); NULL: not known to Accord.
ALTER TABLE "authorities" ADD COLUMN "request_items" text[];
