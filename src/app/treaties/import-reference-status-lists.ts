// Imports every status list shipped in data/reference, in the order of data/reference/status-lists.json (UNTC
// scrapes oldest first, so each import records what changed since the one before, then the current files, then
// the other publishers). A list already imported (same bytes, instrument and source with its as-of date) is
// skipped, so running it again adds no empty batches and never replays an old scrape over a newer one. A scrape
// identical to the previous one but of a later date is still imported: its batch records that the list was
// unchanged on that date.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '#domain/errors.ts';
import { FORMAT_NAMES } from '#domain/treaties/parsers/index.ts';
import type { Db } from '#db/client.ts';
import { createParticipationWriteRepo } from '#db/repos/treaties/participation-write.repo.ts';
import { importStatusList, type ImportReport } from './import-status-list.ts';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../data/reference');
export const MANIFEST_FILE = 'status-lists.json';

const manifestSchema = z.object({
  lists: z.array(
    z.object({
      file: z.string().min(1),
      format: z.enum(FORMAT_NAMES as [string, ...string[]]),
      instrument: z.string().min(1),
      publisher: z.string().min(1),
      title: z.string().min(1),
      url: z.string().nullable().optional(),
      asOf: z.iso.date().nullable().optional(),
      partial: z.boolean().optional(),
      /** The file is known to hold broken rows (a truncated excerpt): import the rest, report those. */
      skipInvalidRows: z.boolean().optional(),
      via: z.string().optional(),
    }),
  ),
});
export type StatusListManifestEntry = z.infer<typeof manifestSchema>['lists'][number];

export interface ReferenceImportResult {
  file: string;
  instrumentId: string;
  /** null when skipped because this list is already imported (skippedAs = that batch). */
  report: ImportReport | null;
  skippedAs?: number;
}

export function readStatusListManifest(referenceDir = REFERENCE_DIR): StatusListManifestEntry[] {
  const file = path.join(referenceDir, MANIFEST_FILE);
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', `${file} is not a valid status-list manifest`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    });
  }
  return parsed.data.lists;
}

export async function importReferenceStatusLists(
  db: Db,
  now: Date,
  options: { referenceDir?: string; onProgress?: (done: number, total: number, file: string) => void } = {},
): Promise<ReferenceImportResult[]> {
  const referenceDir = options.referenceDir ?? REFERENCE_DIR;
  const lists = readStatusListManifest(referenceDir);
  const repo = createParticipationWriteRepo(db);
  const results: ReferenceImportResult[] = [];
  // Names resolve through the same alias table for every file: read it once, not once per file.
  const aliases = await repo.loadAliases();
  options.onProgress?.(0, lists.length, '');
  for (const [i, entry] of lists.entries()) {
    const content = fs.readFileSync(path.join(referenceDir, entry.file));
    const sha = createHash('sha256').update(content).digest('hex');
    const source = { publisher: entry.publisher, title: entry.title, url: entry.url ?? null, asOf: entry.asOf ?? null };
    const existing = await repo.findAppliedBatchByFile(sha, entry.instrument, source);
    if (existing !== null) {
      results.push({ file: entry.file, instrumentId: entry.instrument, report: null, skippedAs: existing });
    } else {
      const report = await importStatusList(
        db,
        {
          format: entry.format,
          fileName: entry.file,
          content,
          instrumentId: entry.instrument,
          source,
          ...(entry.partial ? { complete: false } : {}),
          skipInvalidRows: entry.skipInvalidRows,
          aliases,
        },
        now,
      );
      results.push({ file: entry.file, instrumentId: entry.instrument, report });
    }
    options.onProgress?.(i + 1, lists.length, entry.file);
  }
  return results;
}
