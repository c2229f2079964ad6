-- International cooperation (issue 11): treaties' cooperation provisions (reference data), bilateral treaties,
-- States' declarations, and the directory of competent authorities with every revision kept.
CREATE TABLE "cooperation_provisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"instrument_id" text NOT NULL REFERENCES "instruments"("id"),
	"kind" text NOT NULL,
	"article" text NOT NULL,
	"paraphrase" text NOT NULL,
	"source" text NOT NULL,
	"verified" boolean NOT NULL,
	"sort_order" integer NOT NULL
);--> statement-breakpoint
CREATE INDEX "cooperation_provisions_instrument_idx" ON "cooperation_provisions" USING btree ("instrument_id");--> statement-breakpoint
CREATE TABLE "bilateral_treaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"state_a" text NOT NULL REFERENCES "participants"("code"),
	"state_b" text NOT NULL REFERENCES "participants"("code"),
	"signed_on" date,
	"in_force_from" date,
	"terminated_on" date,
	"source" text NOT NULL,
	"source_url" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bilateral_treaties_ordered_pair" CHECK ("state_a" < "state_b"),
	CONSTRAINT "bilateral_treaties_kind" CHECK ("kind" IN ('extradition', 'mla', 'extradition-and-mla'))
);--> statement-breakpoint
CREATE INDEX "bilateral_treaties_pair_idx" ON "bilateral_treaties" USING btree ("state_a","state_b");--> statement-breakpoint
CREATE TABLE "state_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_code" text NOT NULL REFERENCES "participants"("code"),
	"instrument_id" text NOT NULL REFERENCES "instruments"("id"),
	"kind" text NOT NULL,
	"article" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"declared_on" date,
	"source" text NOT NULL,
	"source_url" text,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);--> statement-breakpoint
CREATE INDEX "state_declarations_state_idx" ON "state_declarations" USING btree ("state_code");--> statement-breakpoint
CREATE TABLE "authorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_code" text NOT NULL REFERENCES "participants"("code"),
	"kind" text NOT NULL,
	"instrument_id" text REFERENCES "instruments"("id"),
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"urgent_procedure" text DEFAULT '' NOT NULL,
	"requirements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"law_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"confirmed_by" uuid REFERENCES "users"("id"),
	"reminded_at" timestamp with time zone,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "authorities_kind" CHECK ("kind" IN ('mla', 'extradition', 'transfer-sentenced', 'central-authority'))
);--> statement-breakpoint
CREATE INDEX "authorities_state_idx" ON "authorities" USING btree ("state_code");--> statement-breakpoint
CREATE TABLE "authority_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"authority_id" uuid NOT NULL,
	"state_code" text NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid REFERENCES "users"("id"),
	"changed_at" timestamp with time zone NOT NULL
);--> statement-breakpoint
CREATE INDEX "authority_revisions_authority_idx" ON "authority_revisions" USING btree ("authority_id","version");
