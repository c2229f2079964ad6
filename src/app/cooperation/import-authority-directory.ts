// Imports a directory file (CSV, src/domain/cooperation/directory-file.ts) for the States it covers, as the status
// lists are imported: a dry run shows the difference and writes nothing; the import writes the new and changed
// entries in one transaction (all or nothing), each through the repository with change `imported` (a revision) and
// an audit entry. Entries held but absent from the file are listed, never deleted: a file that leaves one out is not
// a decision to remove it. A file with any problem imports nothing.
import { actorLabel, type Actor } from '#domain/actor.ts';
import {
  DIRECTORY_LIMITS,
  diffDirectory,
  heldEntry,
  parseDirectoryFile,
  patchOf,
  type DirectoryDiff,
  type DirectoryProblem,
  type FieldChange,
} from '#domain/cooperation/directory-file.ts';
import type { AuthorityKind } from '#domain/cooperation/types.ts';
import { AppError } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo, snapshotOf } from '#db/repos/cooperation/authorities.repo.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

/** A person (or token) through the API, whom the policy answers; or the server's operator at its shell (`cli:<account>`). */
export type DirectoryImporter = { actor: Actor } | { operator: string };

export interface ImportDirectoryInput {
  content: string | Buffer;
  dryRun: boolean;
  /** Called as entries are written (the CLI's progress bar): done of total. */
  onProgress?: (done: number, total: number) => void;
}

interface EntryRef {
  stateCode: string;
  kind: AuthorityKind;
  instrumentId: string | null;
  name: string;
}

export interface DirectoryImportReport {
  dryRun: boolean;
  /** Whether the new and changed entries were written (false on a dry run). */
  applied: boolean;
  stateCodes: string[];
  counts: { rows: number; new: number; changed: number; unchanged: number; absent: number; problems: number };
  new: (EntryRef & { line: number })[];
  changed: (EntryRef & { line: number; id: string; changes: FieldChange[] })[];
  /** Held for a State the file covers, not in the file: kept. */
  absent: (EntryRef & { id: string })[];
  problems: DirectoryProblem[];
}

const ref = (e: EntryRef): EntryRef => ({ stateCode: e.stateCode, kind: e.kind, instrumentId: e.instrumentId, name: e.name });

function decode(content: string | Buffer): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file is not UTF-8 text: save it as "CSV UTF-8".', {
      issues: [{ path: ['body', 'file'], code: 'file.encoding', message: 'is not UTF-8' }],
    });
  }
}

function report(diff: DirectoryDiff, rows: number, problems: DirectoryProblem[], dryRun: boolean, applied: boolean): DirectoryImportReport {
  return {
    dryRun,
    applied,
    stateCodes: diff.stateCodes,
    counts: {
      rows,
      new: diff.new.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged.length,
      absent: diff.absent.length,
      problems: problems.length,
    },
    new: diff.new.map((r) => ({ line: r.line, ...ref(r.fields) })),
    changed: diff.changed.map((c) => ({ line: c.row.line, id: c.held.id, ...ref(c.held), changes: c.changes })),
    absent: diff.absent.map((h) => ({ id: h.id, ...ref(h) })),
    problems,
  };
}

export async function importAuthorityDirectory(
  db: Db,
  importer: DirectoryImporter,
  input: ImportDirectoryInput,
  now: Date,
): Promise<DirectoryImportReport> {
  const size = typeof input.content === 'string' ? Buffer.byteLength(input.content) : input.content.length;
  if (size > DIRECTORY_LIMITS.maxBytes) {
    throw new AppError('VALIDATION_FAILED', 'The file is too large.', {
      params: { maxBytes: DIRECTORY_LIMITS.maxBytes },
      issues: [{ path: ['body', 'file'], code: 'too_large', message: `must be at most ${DIRECTORY_LIMITS.maxBytes} bytes` }],
    });
  }
  const ds = await currentDataset(db);
  const parsed = parseDirectoryFile(decode(input.content), {
    stateCodes: new Set(ds.participants.map((p) => p.code)),
    instrumentIds: new Set(ds.instruments.map((i) => i.id)),
  });
  const states = [...new Set(parsed.rows.map((r) => r.fields.stateCode))].sort();

  // Every State in the file, or none: the answer names those the importer may not import for (States are public).
  if ('actor' in importer) {
    const { actor } = importer;
    if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', { params: { action: 'authority:import' } });
    const refused = states.filter((s) => !can(actor, 'authority:import', { kind: 'state-entry', stateCode: s }));
    if (refused.length > 0 || !can(actor, 'authority:import')) {
      throw new AppError('FORBIDDEN', `You may not import directory entries for ${refused.join(', ') || 'any State'}.`, {
        params: { action: 'authority:import', stateCodes: refused },
      });
    }
  }
  const label = 'actor' in importer ? actorLabel(importer.actor) : importer.operator;
  const by = 'actor' in importer && importer.actor.kind === 'user' ? importer.actor.userId : null;

  const repo = createAuthoritiesRepo(db);
  const held = states.length ? (await repo.list({ stateCodes: states })).map(heldEntry) : [];
  const diff = diffDirectory(parsed.rows, held);
  const rowsRead = parsed.rows.length + new Set(parsed.problems.filter((p) => p.line !== undefined && p.line > 1).map((p) => p.line)).size;

  // The difference shows the held contact details that a row changes: a read of them, audited like any other.
  const contactsShown = diff.changed.filter((c) => c.changes.some((x) => x.field === 'contacts' && x.from !== '')).map((c) => c.held.id);
  const auditContactsShown = async (tx: Db) => {
    if (contactsShown.length === 0) return;
    await recordAudit(
      tx,
      {
        actor: label,
        action: 'authority-contacts:read',
        targetType: contactsShown.length === 1 ? 'authority' : 'records',
        targetId: contactsShown.length === 1 ? contactsShown[0]! : 'list',
        before: null,
        after: { via: input.dryRun ? 'authorities:import:dry-run' : 'authorities:import', authority: contactsShown },
      },
      now,
    );
  };
  if (input.dryRun) {
    await inTransaction(db, auditContactsShown);
    return report(diff, rowsRead, parsed.problems, true, false);
  }
  if (parsed.problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `The file has ${parsed.problems.length} problem(s): nothing was imported.`, {
      params: { problems: parsed.problems.length },
      issues: parsed.problems.map((p) => ({
        path: ['body', 'file', ...(p.line !== undefined ? [p.line] : []), ...(p.column ? [p.column] : [])],
        code: p.code,
        message: p.message,
      })),
    });
  }

  const total = diff.new.length + diff.changed.length;
  let done = 0;
  input.onProgress?.(0, total);
  await inTransaction(db, async (tx) => {
    await auditContactsShown(tx);
    const write = createAuthoritiesRepo(tx);
    for (const row of diff.new) {
      const created = await write.insert({ ...row.fields, requestItems: null }, by, now, 'imported');
      await recordAudit(tx, { actor: label, action: 'authority:import', targetType: 'authority', targetId: created.id, before: null, after: snapshotOf(created) }, now);
      input.onProgress?.(++done, total);
    }
    for (const c of diff.changed) {
      const before = await write.findById(c.held.id);
      const updated = await write.update(c.held.id, c.held.version, patchOf(c.row, c.changes), by, now, 'imported');
      if (!before || !updated) {
        // Someone changed the entry since it was read: the whole import is undone; the importer runs it again.
        throw new AppError('CONFLICT', `The entry "${c.held.name}" (${c.held.stateCode}) changed during the import: nothing was imported; try again.`, {
          params: { id: c.held.id, line: c.row.line },
        });
      }
      await recordAudit(
        tx,
        { actor: label, action: 'authority:import', targetType: 'authority', targetId: updated.id, before: snapshotOf(before), after: snapshotOf(updated) },
        now,
      );
      input.onProgress?.(++done, total);
    }
  });
  return report(diff, rowsRead, [], false, true);
}
