// Imports one publisher's status list for one instrument and records only what is truly different from what the
// same publisher said before. Events are append-only: a changed fact is a new event that supersedes the old one;
// facts the file no longer lists are reported, never deleted (a status list omitting a State is not a withdrawal).
//
// Re-importing an identical file is accepted and logged as a batch with 0 new and 0 changed: the log then records
// that the publisher's list was checked on that day, which a refusal would lose.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { isIsoDate } from '#domain/treaties/dates.ts';
import { normaliseName } from '#domain/treaties/names.ts';
import {
  COMPLETE_BY_DEFAULT,
  FORMAT_NAMES,
  isStatusListFormat,
  parseStatusList,
  type ParsedFact,
  type Problem,
} from '#domain/treaties/parsers/index.ts';
import { isConsentKind, sameConsentKind, slotOf, type EventKind, type EventSlot } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { forgetDataVersion } from '#db/repos/treaties/data-version.repo.ts';
import { loadNonStateEntities } from '#db/seed/non-state-entities.ts';
import { loadEffectiveEvents, type StoredParticipationEvent } from '#db/repos/treaties/events.repo.ts';
import { createParticipationWriteRepo, type NewEvent } from '#db/repos/treaties/participation-write.repo.ts';

export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportSourceInput {
  publisher: string;
  title: string;
  url?: string | null;
  /** Date the list states (YYYY-MM-DD); null = undated; when absent, a `YYYY-MM-DD` in the file name. */
  asOf?: string | null;
}

export interface ImportStatusListInput {
  format: string;
  fileName: string;
  content: string | Buffer;
  /** Required except for `untc` files whose name carries the UNTC reference (`XVIII-11…`). */
  instrumentId?: string;
  source: ImportSourceInput;
  /**
   * The file is the publisher's whole list as of the source date: participants absent from it do not take part.
   * Defaults by format (COMPLETE_BY_DEFAULT); an excerpt must say false, or absences would read as "not a party".
   */
  complete?: boolean;
  maxBytes?: number;
  /**
   * Import the valid rows of a file that also has invalid ones (reported in the batch log). Off by default: a file
   * with an impossible date or a broken row is refused whole, and nothing changes.
   */
  skipInvalidRows?: boolean;
  /** Who imports, for the audit trail (`cli:<user>`; later a user or token id). */
  actor?: string;
  /** The alias index (normalised name → code), when the caller imports many files in a row and loaded it once. */
  aliases?: ReadonlyMap<string, string>;
  /**
   * Take a file that lists one State twice with different facts: the first row is recorded, the second is kept in
   * the batch log. Off by default: such a file is refused, naming both rows.
   */
  allowDuplicates?: boolean;
  /**
   * Take a complete list that no longer lists many participants the same publisher listed before (a file cut short
   * looks like this). Off by default: such a file is refused, naming them.
   */
  confirmShrink?: boolean;
}

/** A complete list may drop this many previously listed participants before the import asks for confirmation. */
export const SHRINK_TOLERANCE = 3;

interface FactView {
  kind: EventKind;
  date: string | null;
  effectiveDate: string | null;
}

export interface ImportReport {
  batchId: number;
  instrumentId: string;
  counts: {
    rows: number;
    new: number;
    changed: number;
    unchanged: number;
    missing: number;
    unresolved: number;
    nonStates: number;
    renamed: number;
    disagreements: number;
    /** New for this publisher, but another publisher already states the same fact. */
    corroborated: number;
  };
  new: (FactView & { code: string; nameAsWritten: string; eventId: number; line?: number; corroboratedBy: string[] })[];
  changed: { code: string; nameAsWritten: string; slot: EventSlot; from: FactView & { eventId: number }; to: FactView & { eventId: number }; line?: number }[];
  renamed: { code: string; from: string; to: string }[];
  unresolved: { nameAsWritten: string; lines: number[]; facts: number }[];
  /** Listed by the source but not States in Accord's list (e.g. "Taipei chinois"): recorded as printed, never counted. */
  nonStates: (FactView & { nameAsWritten: string; line?: number; note: string | null })[];
  missing: (FactView & { code: string; nameAsWritten: string; slot: EventSlot; eventId: number })[];
  disagreements: {
    code: string;
    nameAsWritten: string;
    slot: EventSlot;
    ours: FactView;
    theirs: FactView & { publisher: string; asOf: string | null; eventId: number };
  }[];
  problems: Problem[];
}

/** One fact per slot and participant; notes (reservations, declarations) are told apart by their text. */
function slotKey(code: string, kind: EventKind, text: string | null): string {
  const slot = slotOf(kind);
  return slot === 'reservation' || slot === 'declaration' ? `${code}|${slot}|${text ?? ''}` : `${code}|${slot}`;
}

function view(e: { kind: string; date: string | null; effectiveDate?: string | null }): FactView {
  return { kind: e.kind as EventKind, date: e.date, effectiveDate: e.effectiveDate ?? null };
}

function sameFact(a: StoredParticipationEvent, b: ParsedFact): boolean {
  return (
    a.kind === b.kind && a.date === b.date && a.effectiveDate === (b.effectiveDate ?? null) && a.text === (b.text ?? null)
  );
}

/**
 * Another publisher disagrees when it gives another date, or another kind of consent. `consent` (a deposit of
 * unknown kind, as ICAO prints it) agrees with any consent kind on the same date.
 */
function disagrees(theirs: StoredParticipationEvent, ours: ParsedFact): boolean {
  // A list that names a participant without a date says nothing against another publisher's date.
  if (theirs.date === null || ours.date === null) return false;
  if (theirs.date !== ours.date) return true;
  return !sameConsentKind(theirs.kind, ours.kind);
}

function decode(content: string | Buffer, problems: Problem[]): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    // Older exports are often Windows-1252; read them so, and say so, since a wrong guess shows up as names
    // failing to resolve (reported), not as silent damage.
    problems.push({ severity: 'warning', code: 'file.encoding', message: 'The file is not UTF-8; read as Windows-1252' });
    return new TextDecoder('windows-1252').decode(content);
  }
}

function fileLabel(input: ImportStatusListInput): string {
  return path.basename(input.fileName);
}

function validationError(message: string, params: Record<string, unknown>, issues: ErrorIssue[] = []): AppError {
  return new AppError('VALIDATION_FAILED', message, { params, issues });
}

/** Each problem as an issue whose path points at the line, so an API caller sees every one of them. */
function problemsAsIssues(problems: Problem[]): ErrorIssue[] {
  return problems.map((p) => ({
    path: p.line === undefined ? ['content'] : ['content', p.line],
    message: p.message,
    code: p.code,
  }));
}

export async function importStatusList(db: Db, input: ImportStatusListInput, now: Date): Promise<ImportReport> {
  try {
    return await importInTransaction(db, input, now);
  } finally {
    forgetDataVersion(db); // the version was bumped (or not) in the transaction: read it afresh
  }
}

async function importInTransaction(db: Db, input: ImportStatusListInput, now: Date): Promise<ImportReport> {
  const maxBytes = input.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES;
  const size = typeof input.content === 'string' ? Buffer.byteLength(input.content) : input.content.length;
  if (size > maxBytes) {
    throw validationError(`The file is ${size} bytes; the limit is ${maxBytes}`, { size, maxBytes }, [
      { path: ['content'], message: 'file too large', code: 'import.too_large' },
    ]);
  }
  if (!isStatusListFormat(input.format)) {
    throw validationError(`Unknown format "${input.format}"`, { format: input.format, known: FORMAT_NAMES }, [
      { path: ['format'], message: `one of ${FORMAT_NAMES.join(', ')}`, code: 'import.format_unknown' },
    ]);
  }
  const publisher = input.source.publisher.trim();
  const givenTitle = input.source.title.trim();
  if (!publisher) {
    throw validationError('A source needs a publisher', {}, [{ path: ['source', 'publisher'], message: 'required' }]);
  }
  // `null` says "undated"; only an absent as-of is read from a `YYYY-MM-DD` in the file name.
  let asOf =
    input.source.asOf !== undefined ? input.source.asOf : (/(\d{4}-\d{2}-\d{2})/.exec(path.basename(input.fileName))?.[1] ?? null);
  if (asOf !== null && !isIsoDate(asOf)) {
    throw validationError(`"${asOf}" is not a date`, { asOf }, [{ path: ['source', 'asOf'], message: 'not a YYYY-MM-DD date', code: 'invalid_date' }]);
  }

  const repo = createParticipationWriteRepo(db);
  const untcRef = /XVIII-\d+/i.exec(input.fileName)?.[0]?.toUpperCase();
  const instrument = input.instrumentId
    ? await repo.findInstrument(input.instrumentId)
    : input.format === 'untc' && untcRef
      ? await repo.findInstrumentByUntcRef(untcRef)
      : null;
  if (!instrument) {
    const value = input.instrumentId ?? untcRef ?? null;
    throw validationError(value ? `Unknown instrument "${value}"` : 'Which instrument does this list cover?', { instrumentId: value }, [
      { path: ['instrumentId'], message: value ? 'unknown instrument' : 'required', code: 'import.instrument_unknown' },
    ]);
  }

  // Without a title, the source is named by its instrument: two instruments' lists never share one source.
  const title = givenTitle || `Status list: ${instrument.id}`;
  const problems: Problem[] = [];
  const text = decode(input.content, problems);
  const parsed = parseStatusList(input.format, text);
  problems.push(...parsed.problems);
  if (parsed.asOf && asOf === null && input.source.asOf === undefined) {
    asOf = parsed.asOf;
  } else if (parsed.asOf && asOf !== null && parsed.asOf !== asOf) {
    problems.push({
      severity: 'warning',
      code: 'import.as_of_differs',
      message: `The file says it is as of ${parsed.asOf}; the source was given as of ${asOf}`,
      value: parsed.asOf,
    });
  }
  if (parsed.rows.length === 0) {
    throw validationError(`No valid row in ${input.fileName}`, { fileName: input.fileName }, problemsAsIssues(problems));
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !input.skipInvalidRows) {
    throw validationError(
      `${errors.length} invalid ${errors.length === 1 ? 'row' : 'rows'} in ${input.fileName}: nothing was imported ` +
        '(correct the file, or import its valid rows only with --skip-invalid-rows)',
      { fileName: input.fileName, invalidRows: errors.length },
      problemsAsIssues(errors),
    );
  }
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');

  return db.transaction(async (tx) => {
    const repo = createParticipationWriteRepo(tx as unknown as Db);
    await repo.lockInstrument(instrument.id);
    const sourceId = await repo.findOrCreateSource({ publisher, title, url: input.source.url ?? null, asOf });
    const complete = input.complete ?? (isStatusListFormat(input.format) ? COMPLETE_BY_DEFAULT[input.format] : false);
    const batchId = await repo.createBatch({
      format: input.format,
      fileName: input.fileName,
      fileSha256,
      instrumentId: instrument.id,
      sourceId,
      complete,
      startedAt: now,
    });
    const aliases = input.aliases ?? (await repo.loadAliases());

    // What is stored now: the latest event per slot, for this publisher and for each other publisher.
    const stored = await loadEffectiveEvents(tx as unknown as Db, { instrumentId: instrument.id });
    const mine = new Map<string, StoredParticipationEvent>();
    const others = new Map<string, Map<string, StoredParticipationEvent>>();
    const lastName = new Map<string, string>();
    for (const e of stored) {
      const key = slotKey(e.participantCode, e.kind, e.text);
      if (e.source.publisher === publisher) {
        mine.set(key, e);
        lastName.set(e.participantCode, e.nameAsWritten);
      } else {
        const byPublisher = others.get(key) ?? new Map<string, StoredParticipationEvent>();
        byPublisher.set(e.source.publisher, e);
        others.set(key, byPublisher);
      }
    }
    // An unchanged fact stores no event, so the name a publisher used last is kept per batch (summary.names):
    // without it a rename would be reported again at every later import.
    let latestAsOf: string | null = null;
    for (const b of await repo.appliedBatchSummaries(instrument.id, publisher)) {
      const summary = (b.summary ?? {}) as { names?: Record<string, string>; asOf?: string | null };
      for (const [code, name] of Object.entries(summary.names ?? {})) lastName.set(code, name);
      if (summary.asOf && (latestAsOf === null || summary.asOf > latestAsOf)) latestAsOf = summary.asOf;
    }
    if (asOf && latestAsOf && asOf < latestAsOf) {
      // Allowed (a late correction, a back-filled archive), but its differences read backwards: say so.
      problems.push({
        severity: 'warning',
        code: 'import.older_than_stored',
        message: `This list is as of ${asOf}; ${publisher} already has one as of ${latestAsOf} for ${instrument.id}`,
        value: asOf,
      });
    }

    const report: Omit<ImportReport, 'counts'> = {
      batchId,
      instrumentId: instrument.id,
      new: [],
      changed: [],
      renamed: [],
      unresolved: [],
      nonStates: [],
      missing: [],
      disagreements: [],
      problems,
    };
    const names: Record<string, string> = {};
    const seen = new Set<string>();
    const unresolved = new Map<string, ImportReport['unresolved'][number]>();
    const toInsert: {
      event: NewEvent;
      fact: ParsedFact;
      code: string;
      old: StoredParticipationEvent | null;
      corroboratedBy: string[];
    }[] = [];
    let unchanged = 0;

    const nonStateNotes = loadNonStateEntities();
    const nonStates: ImportReport['nonStates'] = [];
    const firstRow = new Map<string, ParsedFact>();
    const duplicates: Problem[] = [];
    for (const fact of parsed.rows) {
      const code = aliases.get(normaliseName(fact.nameAsWritten));
      const nonStateNote = code ? undefined : nonStateNotes.get(normaliseName(fact.nameAsWritten));
      if (nonStateNote !== undefined) {
        if (isConsentKind(fact.kind)) nonStates.push({ ...view(fact), nameAsWritten: fact.nameAsWritten, line: fact.line, note: nonStateNote });
        continue;
      }
      if (!code) {
        const u = unresolved.get(fact.nameAsWritten) ?? { nameAsWritten: fact.nameAsWritten, lines: [], facts: 0 };
        u.facts++;
        if (fact.line !== undefined && !u.lines.includes(fact.line)) u.lines.push(fact.line);
        unresolved.set(fact.nameAsWritten, u);
        continue;
      }
      const key = slotKey(code, fact.kind, fact.text ?? null);
      if (seen.has(key)) {
        const first = firstRow.get(key)!;
        const same = first.kind === fact.kind && first.date === fact.date && (first.effectiveDate ?? null) === (fact.effectiveDate ?? null);
        const p: Problem = {
          severity: same || input.allowDuplicates ? 'warning' : 'error',
          code: 'row.duplicate',
          message:
            `Lines ${first.line ?? '?'} and ${fact.line ?? '?'} both give the ${slotOf(fact.kind)} of ${code}: ` +
            `"${first.nameAsWritten}" ${first.kind} ${first.date ?? 'undated'} and "${fact.nameAsWritten}" ${fact.kind} ${fact.date ?? 'undated'}` +
            (same ? ' (the same fact)' : input.allowDuplicates ? '; the first is recorded, the second kept in this log' : ''),
          line: fact.line,
          value: fact.nameAsWritten,
        };
        (p.severity === 'error' ? duplicates : problems).push(p);
        continue;
      }
      seen.add(key);
      firstRow.set(key, fact);
      if (!(code in names)) {
        names[code] = fact.nameAsWritten;
        const before = lastName.get(code);
        if (before !== undefined && normaliseName(before) !== normaliseName(fact.nameAsWritten)) {
          report.renamed.push({ code, from: before, to: fact.nameAsWritten });
        }
      }
      const corroboratedBy: string[] = [];
      for (const theirs of others.get(key)?.values() ?? []) {
        if (!disagrees(theirs, fact)) {
          corroboratedBy.push(theirs.source.publisher);
        } else {
          report.disagreements.push({
            code,
            nameAsWritten: fact.nameAsWritten,
            slot: slotOf(fact.kind),
            ours: view(fact),
            theirs: { ...view(theirs), publisher: theirs.source.publisher, asOf: theirs.source.asOf, eventId: theirs.id },
          });
        }
      }
      const old = mine.get(key) ?? null;
      if (old && sameFact(old, fact)) {
        unchanged++;
        continue;
      }
      toInsert.push({
        fact,
        code,
        old,
        corroboratedBy,
        event: {
          instrumentId: instrument.id,
          participantCode: code,
          kind: fact.kind,
          date: fact.date,
          effectiveDate: fact.effectiveDate ?? null,
          text: fact.text ?? null,
          nameAsWritten: fact.nameAsWritten,
          sourceId,
          batchId,
          supersedesId: old?.id ?? null,
          recordedAt: now,
          note: fact.note ?? null,
        },
      });
    }
    if (duplicates.length > 0) {
      throw validationError(
        `${fileLabel(input)} gives two different facts for one participant ${duplicates.length === 1 ? 'once' : `${duplicates.length} times`}: ` +
          'nothing was imported (correct the file, or record the first of each with --allow-duplicates)',
        { fileName: input.fileName, duplicates: duplicates.length },
        problemsAsIssues(duplicates),
      );
    }
    report.unresolved = [...unresolved.values()];
    report.nonStates = nonStates;
    for (const [key, e] of mine) {
      if (!seen.has(key)) {
        report.missing.push({ ...view(e), code: e.participantCode, nameAsWritten: e.nameAsWritten, slot: slotOf(e.kind), eventId: e.id });
      }
    }
    // A complete list that drops many participants it listed before is more likely cut short than true.
    const dropped = [...new Set(report.missing.filter((m) => m.slot === 'consent').map((m) => m.code))];
    const olderThanStored = asOf !== null && latestAsOf !== null && asOf < latestAsOf;
    if (complete && !olderThanStored && dropped.length > SHRINK_TOLERANCE && !input.confirmShrink) {
      throw validationError(
        `${fileLabel(input)} no longer lists ${dropped.length} participants that ${publisher} listed as parties before ` +
          `(${dropped.join(', ')}): nothing was imported. A file cut short looks like this; if the list is right, confirm with --confirm-shrink`,
        { fileName: input.fileName, dropped },
        dropped.map((code) => ({ path: ['content'], message: `${code} is no longer listed`, code: 'import.shrink' })),
      );
    }

    const ids = await repo.insertEvents(toInsert.map((t) => t.event));
    toInsert.forEach(({ fact, code, old, corroboratedBy }, i) => {
      const eventId = ids[i]!;
      if (old) {
        report.changed.push({
          code,
          nameAsWritten: fact.nameAsWritten,
          slot: slotOf(fact.kind),
          from: { ...view(old), eventId: old.id },
          to: { ...view(fact), eventId },
          line: fact.line,
        });
      } else {
        report.new.push({ ...view(fact), code, nameAsWritten: fact.nameAsWritten, eventId, line: fact.line, corroboratedBy });
      }
    });

    const counts: ImportReport['counts'] = {
      rows: parsed.rows.length,
      new: report.new.length,
      changed: report.changed.length,
      unchanged,
      missing: report.missing.length,
      unresolved: report.unresolved.length,
      nonStates: report.nonStates.length,
      renamed: report.renamed.length,
      disagreements: report.disagreements.length,
      corroborated: report.new.filter((n) => n.corroboratedBy.length > 0).length,
    };
    await repo.finishBatch(batchId, {
      summary: {
        counts,
        asOf,
        problems: problems.length,
        names,
        nonStates: report.nonStates.map((n) => ({ nameAsWritten: n.nameAsWritten, kind: n.kind, date: n.date })),
      },
      log: batchLog({ ...report, counts }),
      finishedAt: now,
    });
    await createAuditRepo(tx as unknown as Db).append({
      at: now.toISOString(),
      actor: input.actor ?? 'system',
      action: 'import-batch:create',
      targetType: 'import-batch',
      targetId: String(batchId),
      before: null,
      after: { instrumentId: instrument.id, fileName: input.fileName, fileSha256, publisher, asOf, counts },
    });
    await repo.bumpDataVersion(now);
    return { ...report, counts };
  });
}

/** What a person reading the batch later needs: everything but the unchanged facts. */
function batchLog(r: ImportReport): unknown[] {
  return [
    ...r.problems.map((p) => ({ type: 'problem', ...p })),
    ...r.unresolved.map((u) => ({
      type: 'unresolved',
      message: `"${u.nameAsWritten}" matches no participant (line ${u.lines.join(', ')}); its ${u.facts} fact(s) were not imported`,
      ...u,
    })),
    ...r.nonStates.map((x) => ({
      type: 'non-state',
      message: `"${x.nameAsWritten}" (line ${x.line ?? '?'}): ${x.kind} ${x.date ?? 'undated'}; listed by the source, not a State in Accord's list, not counted`,
      ...x,
    })),
    ...r.renamed.map((x) => ({ type: 'renamed', message: `${x.code}: "${x.from}" is now written "${x.to}"`, ...x })),
    ...r.new.map((x) => ({ type: 'new', message: `${x.code}: ${x.kind} ${x.date ?? 'undated'}`, ...x })),
    ...r.changed.map((x) => ({
      type: 'changed',
      message: `${x.code}: ${x.slot} ${x.from.kind} ${x.from.date} → ${x.to.kind} ${x.to.date}`,
      ...x,
    })),
    ...r.missing.map((x) => ({ type: 'missing', message: `${x.code}: ${x.kind} ${x.date} is no longer listed`, ...x })),
    ...r.disagreements.map((x) => ({
      type: 'disagreement',
      message: `${x.code}: ${x.ours.kind} ${x.ours.date} here, ${x.theirs.kind} ${x.theirs.date} per ${x.theirs.publisher}`,
      ...x,
    })),
  ];
}
