// The checklist of what each instrument requires States to enact (domain/library/checklist.ts): the one place that
// assembles it, from the treaties' cooperation provisions (through their repo) and the committed
// data/reference/legislation/checklist.csv (read once per process: it is reference data in the repository).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '#db/client.ts';
import { createProvisionRepo } from '#db/repos/cooperation/provisions.repo.ts';
import { REFERENCE_DIR } from '#db/seed/reference-files.ts';
import { buildChecklist, type ChecklistItem, type ChecklistRow } from '#domain/library/checklist.ts';
import { AppError } from '#domain/errors.ts';
import type { InstrumentSummary } from '#domain/treaties/views.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';
import { toInstrumentSummary } from '#app/treaties/treaty-presenters.ts';

export const CHECKLIST_FILE = path.join(REFERENCE_DIR, 'legislation', 'checklist.csv');

let rows: ChecklistRow[] | null = null;

/** data/reference/legislation/checklist.csv, parsed. */
export function checklistRows(): ChecklistRow[] {
  rows ??= parse(fs.readFileSync(CHECKLIST_FILE, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as ChecklistRow[];
  return rows;
}

/** Every instrument's items, in the instruments' order. */
export async function getChecklist(db: Db): Promise<ChecklistItem[]> {
  const [ds, provisions] = await Promise.all([currentDataset(db), createProvisionRepo(db).listAll()]);
  const order = new Map(ds.instruments.map((i) => [i.id, i.sortOrder]));
  return buildChecklist(provisions, checklistRows()).sort(
    (a, b) => (order.get(a.instrumentId) ?? 1e9) - (order.get(b.instrumentId) ?? 1e9),
  );
}

export interface InstrumentChecklist {
  instrument: InstrumentSummary;
  items: ChecklistItem[];
}

/** The checklists grouped by instrument (only instruments that have one), or one instrument's (404 if none). */
export async function getChecklists(db: Db, instrumentId?: string): Promise<InstrumentChecklist[]> {
  const [ds, items] = await Promise.all([currentDataset(db), getChecklist(db)]);
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    if (instrumentId && item.instrumentId !== instrumentId) continue;
    groups.set(item.instrumentId, [...(groups.get(item.instrumentId) ?? []), item]);
  }
  const out = [...groups].flatMap(([id, list]) => {
    const instrument = ds.instrumentsById.get(id);
    return instrument ? [{ instrument: toInstrumentSummary(instrument), items: list }] : [];
  });
  if (instrumentId && out.length === 0) {
    throw new AppError('NOT_FOUND', `No checklist for instrument ${instrumentId}.`, { params: { resource: 'checklist', id: instrumentId } });
  }
  return out;
}
