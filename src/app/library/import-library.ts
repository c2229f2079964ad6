// Bulk import into the library (issue 13 §2): a folder (one record per file, titled from its name) or a manifest CSV
// (file, title, kind, state, language, date, instruments, themes, mandates, confidentiality, source, translation_of;
// lists separated by ";" or spaces). It acts as one person (the audit trail names them), for one of their
// organisations. Every row is checked first, exactly as an upload is (prepareDocument): if any fails, nothing is
// written and the report says why for each; otherwise all are written in one transaction. Nothing is half imported.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Actor } from '#domain/actor.ts';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '#domain/accounts/types.ts';
import { AppError, isAppError } from '#domain/errors.ts';
import { ALLOWED_EXTENSIONS, extensionOf } from '#domain/library/file-types.ts';
import type { RecordMetadata } from '#domain/library/records.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { prepareDocument, writeDocument, type DuplicateRecord, type PreparedDocument } from './create-document.ts';

export interface ImportOptions {
  /** A folder or a .csv manifest (its files relative to it). */
  source: string;
  /** The e-mail address of the person importing. */
  as: string;
  /** Their organisation that will hold the records (id or acronym); default: their only one. */
  owner?: string;
  /** For rows that say none (default: public). */
  confidentiality?: Confidentiality;
}

export interface ImportFailure {
  /** The manifest's line, or the file. */
  where: string;
  problems: string[];
}

export interface LibraryImportReport {
  rows: number;
  imported: string[];
  failures: ImportFailure[];
  duplicates: { where: string; of: DuplicateRecord[] }[];
}

interface Row {
  where: string;
  file: string;
  fields: Record<string, string>;
}

const list = (s: string | undefined) => (s ?? '').split(/[;\s]+/).filter(Boolean);

export async function importLibrary(
  db: Db,
  options: ImportOptions,
  now: Date,
  onProgress: (done: number, total: number, where: string) => void = () => {},
): Promise<LibraryImportReport> {
  const actor = await importingActor(db, options.as);
  const ownerOrganisationId = options.owner ? await ownerId(db, actor, options.owner) : undefined;
  const rows = await readRows(options.source);
  const failures: ImportFailure[] = [];
  const prepared: { where: string; document: PreparedDocument }[] = [];
  onProgress(0, rows.length * 2, '');
  for (const [i, row] of rows.entries()) {
    const problems = await check(db, actor, row, ownerOrganisationId, options.confidentiality ?? 'public', prepared);
    if (problems.length) failures.push({ where: row.where, problems });
    onProgress(i + 1, rows.length * 2, row.where);
  }
  const duplicates = prepared.filter((p) => p.document.duplicates.length).map((p) => ({ where: p.where, of: p.document.duplicates }));
  if (failures.length > 0 || rows.length === 0) return { rows: rows.length, imported: [], failures, duplicates };
  const imported = await db.transaction(async (t) => {
    const ids: string[] = [];
    for (const [i, p] of prepared.entries()) {
      ids.push(await writeDocument(t as unknown as Db, actor, p.document, now));
      onProgress(rows.length + i + 1, rows.length * 2, p.where);
    }
    return ids;
  });
  return { rows: rows.length, imported, failures, duplicates };
}

async function check(
  db: Db,
  actor: Actor,
  row: Row,
  ownerOrganisationId: string | undefined,
  defaultConfidentiality: Confidentiality,
  prepared: { where: string; document: PreparedDocument }[],
): Promise<string[]> {
  const f = row.fields;
  const confidentiality = (f.confidentiality || defaultConfidentiality) as Confidentiality;
  if (!CONFIDENTIALITY_LEVELS.includes(confidentiality)) return [`confidentiality: must be one of ${CONFIDENTIALITY_LEVELS.join(', ')}`];
  let content: Buffer;
  try {
    content = await fs.readFile(row.file);
  } catch {
    return [`file: cannot read ${row.file}`];
  }
  const states = list(f.state).map((s) => s.toUpperCase());
  const languages = list(f.language).map((s) => s.toLowerCase());
  const metadata: Partial<RecordMetadata> = {
    ...(f.kind ? { kind: f.kind as RecordMetadata['kind'] } : {}),
    stateCodes: states,
    languages,
    documentDate: f.date || null,
    source: f.source || null,
    instrumentIds: list(f.instruments),
    themes: list(f.themes),
    mandates: list(f.mandates),
    translationOf: f.translation_of || null,
  };
  try {
    const result = await prepareDocument(db, actor, {
      title: f.title || path.basename(row.file).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '),
      confidentiality,
      stateCode: states[0] ?? null,
      ownerOrganisationId: ownerOrganisationId ?? null,
      language: languages.find((l) => ['ar', 'zh', 'en', 'fr', 'ru', 'es'].includes(l)) ?? null,
      file: { fileName: path.basename(row.file), content },
      metadata,
    });
    if (!result.ok) return result.issues.map((i) => `${i.path.slice(1).join('.')}: ${i.message}`);
    prepared.push({ where: row.where, document: result.document });
    return [];
  } catch (err) {
    if (isAppError(err)) return [err.message];
    throw err;
  }
}

async function readRows(source: string): Promise<Row[]> {
  const stat = await fs.stat(source).catch(() => null);
  if (!stat) throw new AppError('VALIDATION_FAILED', `No such folder or manifest: ${source}`);
  if (stat.isDirectory()) {
    const names = (await fs.readdir(source)).filter((n) => ALLOWED_EXTENSIONS.includes(extensionOf(n))).sort();
    return names.map((n) => ({ where: n, file: path.join(source, n), fields: {} }));
  }
  const records = parse(await fs.readFile(source, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const dir = path.dirname(source);
  // Line 1 is the header.
  return records.map((r, i) => ({ where: `line ${i + 2} (${r.file ?? ''})`, file: path.resolve(dir, r.file ?? ''), fields: r }));
}

async function importingActor(db: Db, email: string): Promise<Actor> {
  const repo = createAccountsRepo(db);
  const user = await repo.findUserByEmail(email.trim().toLowerCase());
  if (!user || user.disabledAt) throw new AppError('VALIDATION_FAILED', `No active person with the address ${email}`);
  return { kind: 'user', userId: user.id, platformAdmin: user.platformAdmin, memberships: await repo.membershipsOf(user.id) };
}

async function ownerId(db: Db, actor: Actor, owner: string): Promise<string> {
  const mine = actor.kind === 'user' ? [...new Set(actor.memberships.map((m) => m.organisationId))] : [];
  const repo = createOrganisationsRepo(db);
  const held = await Promise.all(mine.map((id) => repo.findById(id)));
  const found = held.find((o) => o && (o.id === owner || o.acronym?.toLowerCase() === owner.toLowerCase()));
  if (!found) throw new AppError('VALIDATION_FAILED', `${owner} is not one of the importing person's organisations`);
  return found.id;
}
