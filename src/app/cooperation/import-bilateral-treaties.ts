// Imports bilateral treaties from a CSV file (layout: domain/cooperation/bilateral-csv.ts). States are ISO3 codes or
// names, resolved through the alias table the status-list imports use. A dry run answers what would be created, what
// is already recorded (same pair, kind and title: skipped, never duplicated) and every row's problems by line and
// column. A real import writes every new row, with an audit entry each, in one transaction, and only when no row has
// a problem: a file is imported whole or not at all. A person may import only pairs they may record one by one.
import { createHash } from 'node:crypto';
import { actorLabel, type Actor } from '#domain/actor.ts';
import { parseBilateralCsv, type CsvIssue } from '#domain/cooperation/bilateral-csv.ts';
import { sameTreatyKey } from '#domain/cooperation/bilateral-treaties.ts';
import type { BilateralTreatyKind } from '#domain/cooperation/types.ts';
import { AppError } from '#domain/errors.ts';
import { checkFile, extensionOf, MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { can, authorize } from '#domain/policy.ts';
import { normaliseName } from '#domain/treaties/names.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import { createParticipationWriteRepo } from '#db/repos/treaties/participation-write.repo.ts';
import { auditBilateralTreaty, auditedBilateralTreaty, pairTarget } from './bilateral-treaty-presenters.ts';

export const IMPORT_EXTENSIONS = ['csv', 'txt'] as const;

export interface BilateralImportInput {
  fileName: string;
  content: Buffer;
  dryRun: boolean;
}

export interface BilateralImportRow {
  line: number;
  kind: BilateralTreatyKind;
  stateA: string;
  stateB: string;
  title: string;
  /** Created: the new entry's id (null in a dry run). Already recorded: the entry that is there. */
  id: string | null;
}

export interface BilateralImportReport {
  dryRun: boolean;
  /** Whether the rows to create were written (never in a dry run, never when a row has a problem). */
  written: boolean;
  fileSha256: string;
  /** Data rows in the file. */
  rows: number;
  /** Created, or that a real import would create. */
  created: BilateralImportRow[];
  /** Already recorded (same pair, kind and title): left as they are. */
  existing: BilateralImportRow[];
  /** Every problem, by line and column (column null: the whole row or the file). */
  issues: CsvIssue[];
}

/** `by`: the person importing, or the label of the CLI's operator (who may import any pair). */
export async function importBilateralTreaties(db: Db, by: Actor | string, input: BilateralImportInput, now: Date): Promise<BilateralImportReport> {
  if (typeof by !== 'string') authorize(by, 'bilateral-treaty:manage');
  checkImportFile(input.fileName, input.content);
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');
  const repo = createBilateralTreatiesRepo(db);
  const [codes, aliases] = await Promise.all([repo.participantCodes(), createParticipationWriteRepo(db).loadAliases()]);
  const resolve = (written: string) => {
    const upper = written.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(upper) && codes.has(upper)) return upper;
    return aliases.get(normaliseName(written)) ?? null;
  };
  const parsed = parseBilateralCsv(input.content.toString('utf8'), resolve);
  const issues = [...parsed.issues];

  // Pairs the person may not record, and rows the file gives twice.
  const firstLine = new Map<string, number>();
  const rows = parsed.rows.filter((r) => {
    if (typeof by !== 'string' && !can(by, 'bilateral-treaty:manage', pairTarget(r.fields))) {
      issues.push({ line: r.line, column: 'state_a', code: 'forbidden_pair', message: `you may not record treaties between ${r.fields.stateA} and ${r.fields.stateB}` });
      return false;
    }
    const key = sameTreatyKey(r.fields);
    const first = firstLine.get(key);
    if (first !== undefined) {
      issues.push({ line: r.line, column: 'title', code: 'duplicate_row', message: `the same treaty as line ${first}` });
      return false;
    }
    firstLine.set(key, r.line);
    return true;
  });
  issues.sort((a, b) => a.line - b.line);

  const plan = async (r: typeof repo) => {
    const stored = new Map((await r.findByPairs(rows.map((x) => [x.fields.stateA, x.fields.stateB]))).map((s) => [sameTreatyKey(s), s.id]));
    const view = (x: (typeof rows)[number], id: string | null): BilateralImportRow => ({
      line: x.line,
      kind: x.fields.kind,
      stateA: x.fields.stateA,
      stateB: x.fields.stateB,
      title: x.fields.title,
      id,
    });
    const existing = rows.filter((x) => stored.has(sameTreatyKey(x.fields))).map((x) => view(x, stored.get(sameTreatyKey(x.fields))!));
    const fresh = rows.filter((x) => !stored.has(sameTreatyKey(x.fields)));
    return { existing, fresh, view };
  };

  const report = (created: BilateralImportRow[], existing: BilateralImportRow[], written: boolean): BilateralImportReport => ({
    dryRun: input.dryRun,
    written,
    fileSha256,
    rows: parsed.rowCount,
    created,
    existing,
    issues,
  });

  if (input.dryRun) {
    const { existing, fresh, view } = await plan(repo);
    return report(fresh.map((x) => view(x, null)), existing, false);
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'The file has problems: nothing was imported. Correct them (a dry run lists them all).', {
      params: { problems: issues.length },
      issues: issues.map((i) => ({ path: ['file', i.line, ...(i.column ? [i.column] : [])], code: i.code, message: i.message, params: { line: i.line, ...(i.column ? { column: i.column } : {}) } })),
    });
  }
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const txRepo = createBilateralTreatiesRepo(tx);
    const { existing, fresh, view } = await plan(txRepo);
    const createdBy = typeof by === 'string' ? null : by.kind === 'user' ? by.userId : null;
    const ids = await txRepo.insertMany(fresh.map((x) => ({ ...x.fields, createdBy, createdAt: now, updatedAt: now })));
    const label = typeof by === 'string' ? by : actorLabel(by);
    for (const [i, x] of fresh.entries()) {
      await auditBilateralTreaty(tx, label, 'bilateral-treaty:import', ids[i]!, { before: null, after: { ...auditedBilateralTreaty(x.fields), fileSha256, line: x.line } }, now);
    }
    return report(fresh.map((x, i) => view(x, ids[i]!)), existing, true);
  });
}

/** The document upload's limits: at most 10 MiB, a .csv (or .txt) file of UTF-8 text. */
function checkImportFile(fileName: string, content: Buffer): void {
  const fail = (code: string, message: string) => {
    throw new AppError('VALIDATION_FAILED', `The file cannot be imported: ${message}.`, {
      params: { maxBytes: MAX_DOCUMENT_BYTES },
      issues: [{ path: ['body', 'file'], code, message }],
    });
  };
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName))) fail('extension_not_allowed', 'must be a .csv file');
  // The text check of uploaded .txt documents: empty, too large, not UTF-8, binary.
  const check = checkFile('import.txt', content);
  if (!check.ok) fail(check.code, check.code === 'content_mismatch' ? 'the content is not UTF-8 text' : check.message);
}
