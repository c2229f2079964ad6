// Entities that publishers list beside States but that are not participants in Accord's list (data/reference/
// non-state-entities.csv): an import records them as the source prints them and never counts them among States.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normaliseName } from '#domain/treaties/names.ts';
import { REFERENCE_DIR } from './reference-files.ts';

let cached: ReadonlyMap<string, string> | null = null;

/** Normalised name → note explaining what the entity is. */
export function loadNonStateEntities(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const rows = parse(fs.readFileSync(path.join(REFERENCE_DIR, 'non-state-entities.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as { name_as_written: string; note: string }[];
  cached = new Map(rows.map((r) => [normaliseName(r.name_as_written), r.note]));
  return cached;
}
