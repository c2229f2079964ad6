CREATE TABLE "activity_cell_spans" (
	"activity_id" uuid NOT NULL,
	"cell_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	CONSTRAINT "activity_cell_spans_activity_id_cell_id_pk" PRIMARY KEY("activity_id","cell_id")
);
--> statement-breakpoint
CREATE TABLE "coordination_cells" (
	"id" serial PRIMARY KEY NOT NULL,
	"state_code" text NOT NULL,
	"theme" text NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_cell_spans" ADD CONSTRAINT "activity_cell_spans_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_cell_spans" ADD CONSTRAINT "activity_cell_spans_cell_id_coordination_cells_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."coordination_cells"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_cells" ADD CONSTRAINT "coordination_cells_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_cell_spans_cell_idx" ON "activity_cell_spans" USING btree ("cell_id");--> statement-breakpoint
CREATE INDEX "activity_cell_spans_end_idx" ON "activity_cell_spans" USING btree ("end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "coordination_cells_key" ON "coordination_cells" USING btree ("state_code","theme","organisation_id");--> statement-breakpoint
-- Hand-written (ADR 16): the cells and spans follow every activity written, whatever writes it. A deleted activity
-- loses its spans by the foreign key's cascade; a cancelled one keeps none.
-- An update that leaves the view's columns as they were (a save writes every column) changes nothing. New cells are
-- inserted in one order (two transactions adding the same ones cannot deadlock) and only when missing (a conflict
-- would still use up an id of the sequence).
CREATE FUNCTION activity_cell_spans_sync() RETURNS trigger LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (NEW."status" = 'cancelled') = (OLD."status" = 'cancelled')
       AND NEW."state_codes" IS NOT DISTINCT FROM OLD."state_codes" AND NEW."themes" IS NOT DISTINCT FROM OLD."themes"
       AND NEW."organisation_id" = OLD."organisation_id"
       AND NEW."start_date" = OLD."start_date" AND NEW."end_date" = OLD."end_date" THEN
      RETURN NULL;
    END IF;
    DELETE FROM "activity_cell_spans" WHERE "activity_id" = OLD."id";
  END IF;
  IF NEW."status" <> 'cancelled' THEN
    INSERT INTO "coordination_cells" ("state_code", "theme", "organisation_id")
      SELECT DISTINCT s, t, NEW."organisation_id" FROM unnest(NEW."state_codes") AS s, unnest(NEW."themes") AS t
      WHERE NOT EXISTS (
        SELECT 1 FROM "coordination_cells" c WHERE c."state_code" = s AND c."theme" = t AND c."organisation_id" = NEW."organisation_id"
      )
      ORDER BY 1, 2
      ON CONFLICT DO NOTHING;
    INSERT INTO "activity_cell_spans" ("activity_id", "cell_id", "start_date", "end_date")
      SELECT NEW."id", c."id", NEW."start_date", NEW."end_date" FROM "coordination_cells" c
      WHERE c."organisation_id" = NEW."organisation_id" AND c."state_code" = ANY (NEW."state_codes")
        AND c."theme" = ANY (NEW."themes");
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activities_sync_cell_spans
  AFTER INSERT OR UPDATE OF "status", "state_codes", "themes", "organisation_id", "start_date", "end_date" ON "activities"
  FOR EACH ROW EXECUTE FUNCTION activity_cell_spans_sync();
--> statement-breakpoint
INSERT INTO "coordination_cells" ("state_code", "theme", "organisation_id")
  SELECT DISTINCT s, t, a."organisation_id" FROM "activities" a, unnest(a."state_codes") AS s, unnest(a."themes") AS t
  WHERE a."status" <> 'cancelled';
--> statement-breakpoint
INSERT INTO "activity_cell_spans" ("activity_id", "cell_id", "start_date", "end_date")
  SELECT DISTINCT a."id", c."id", a."start_date", a."end_date"
  FROM "activities" a, unnest(a."state_codes") AS s, unnest(a."themes") AS t, "coordination_cells" c
  WHERE a."status" <> 'cancelled' AND c."state_code" = s AND c."theme" = t AND c."organisation_id" = a."organisation_id";
