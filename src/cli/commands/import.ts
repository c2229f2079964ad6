// `accord import <file>`, `accord revert <batchId>` and `accord import-reference`: status lists in, diff out.
// Failures throw (AppError), which the entry point turns into one line and exit code 1; validation issues are
// printed first, one per line, so a bad file says where it is bad.
import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '#config';
import { AppError, isAppError } from '#domain/errors.ts';
import { FORMAT_NAMES, type StatusListFormat } from '#domain/treaties/parsers/index.ts';
import { importStatusList, type ImportReport } from '#app/treaties/import-status-list.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';
import { revertImport } from '#app/treaties/revert-import.ts';
import { getImportBatch } from '#app/treaties/get-import-batch.ts';
import { listImportBatches } from '#app/treaties/list-import-batches.ts';
import { openConfiguredDatabase } from '../database.ts';
import { cliActor } from '../actor.ts';

/** Publishers whose format names them; other formats need --publisher. */
const DEFAULT_PUBLISHER: Partial<Record<StatusListFormat, string>> = {
  untc: 'UN Treaty Collection',
  unoda: 'UN Office for Disarmament Affairs',
  icao: 'ICAO',
  // The same name as the shipped lists' (status-lists.json): one publisher, whichever way its list came in.
  fedlex: 'Fedlex (Swiss Federal Chancellery)',
};

const LIST_LIMIT = 40;

function printList<T>(title: string, items: T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items.slice(0, LIST_LIMIT)) console.log(`  ${line(item)}`);
  if (items.length > LIST_LIMIT) console.log(`  … and ${items.length - LIST_LIMIT} more (see the batch log)`);
}

export function printImportReport(r: ImportReport): void {
  const c = r.counts;
  console.log(
    `Batch ${r.batchId} (${r.instrumentId}): ${c.rows} rows; ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ` +
      `${c.missing} no longer listed, ${c.renamed} renamed, ${c.unresolved} unresolved, ${c.disagreements} disagreements`,
  );
  const fact = (f: { kind: string; date: string | null }) => `${f.kind} ${f.date ?? 'undated'}`;
  printList('New', r.new, (n) => `${n.code} ${n.nameAsWritten}: ${fact(n)}${n.corroboratedBy.length ? ` (as ${n.corroboratedBy.join(', ')})` : ''}`);
  printList('Changed', r.changed, (x) => `${x.code} ${x.nameAsWritten}: ${fact(x.from)} → ${fact(x.to)}`);
  printList('Renamed', r.renamed, (x) => `${x.code}: "${x.from}" → "${x.to}"`);
  printList('Listed by the source, not States in Accord (recorded as printed, not counted)', r.nonStates, (x) => `"${x.nameAsWritten}" line ${x.line ?? '?'}: ${fact(x)}`);
  printList('Unresolved names (not imported)', r.unresolved, (u) => `"${u.nameAsWritten}" line ${u.lines.join(', ')}`);
  printList('No longer listed (kept)', r.missing, (m) => `${m.code} ${m.nameAsWritten}: ${fact(m)}`);
  printList('Disagreements with other publishers', r.disagreements, (d) => `${d.code}: ${fact(d.ours)} here, ${fact(d.theirs)} per ${d.theirs.publisher}`);
  // Every skipped row is named, however many: the person importing must be able to correct each one.
  const skipped = r.problems.filter((p) => p.severity === 'error');
  if (skipped.length) {
    console.log(`\nSkipped rows (${skipped.length}):`);
    for (const p of skipped) console.log(`  ${p.message}`);
  }
  printList('Warnings', r.problems.filter((p) => p.severity === 'warning'), (p) => p.message);
}

function printIssues(err: unknown): void {
  if (isAppError(err)) for (const i of err.issues) console.error(`  ${i.path.join(' ')}: ${i.message}`);
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a batch number');
  return n;
}

export function importCommand(): Command {
  return new Command('import')
    .description('Import a status list and print what changed since the same publisher’s previous list.')
    .argument('<file>', 'status-list file')
    .addOption(new Option('-f, --format <format>', 'file layout').choices(FORMAT_NAMES).makeOptionMandatory())
    .option('-i, --instrument <id>', 'instrument id (untc: inferred from an XVIII-n file name)')
    .option('-p, --publisher <name>', 'publisher of the list (default for untc, unoda, icao)')
    .option('-t, --title <title>', 'title of the document (default: "Status list of <instrument>")')
    .option('-u, --url <url>', 'where the document was published')
    .option('-a, --as-of <date>', 'date the list states, YYYY-MM-DD (default: a date in the file name)', isoDate)
    .option('--partial', 'the file is an excerpt: participants absent from it stay "unknown" (default for icao, accord-csv/json)')
    .option('--complete', "the file is the publisher's whole list: absent participants are not parties (default for untc, unoda)")
    .option('--skip-invalid-rows', 'import the valid rows of a file that has invalid ones (each is named); default: refuse the file')
    .option('--allow-duplicates', 'take a file that gives one participant two different facts: the first is recorded, both are logged')
    .option('--confirm-shrink', 'take a complete list that no longer lists several participants it listed before')
    .option('--json', 'print the full report as JSON')
    .action(async (file: string, opts: { format: StatusListFormat; instrument?: string; publisher?: string; title?: string; url?: string; asOf?: string; json?: boolean; partial?: boolean; complete?: boolean; skipInvalidRows?: boolean; allowDuplicates?: boolean; confirmShrink?: boolean }) => {
      if (opts.partial && opts.complete) {
        throw new AppError('VALIDATION_FAILED', '--partial and --complete exclude each other', {
          issues: [{ path: ['partial'], message: 'choose one' }],
        });
      }
      const publisher = opts.publisher ?? DEFAULT_PUBLISHER[opts.format];
      if (!publisher) {
        throw new AppError('VALIDATION_FAILED', `--publisher is required for format ${opts.format}`, {
          issues: [{ path: ['publisher'], message: 'required' }],
        });
      }
      const config = loadConfig();
      // Check before reading: a missing file or a 50 MB one gets one clear line, and nothing is loaded.
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) {
        throw new AppError('NOT_FOUND', `No file at ${file}`, { issues: [{ path: ['file'], message: 'not found' }] });
      }
      if (stat.size > config.IMPORT_MAX_BYTES) {
        throw new AppError('VALIDATION_FAILED', `${file} is ${stat.size} bytes; the limit is ${config.IMPORT_MAX_BYTES} (IMPORT_MAX_BYTES)`, {
          issues: [{ path: ['file'], message: 'file too large' }],
        });
      }
      const content = fs.readFileSync(file);
      const database = await openConfiguredDatabase();
      try {
        const report = await importStatusList(
          database.db,
          {
            format: opts.format,
            // The path as given, not only the base name: UNTC history files carry XVIII-n in their folder name.
            fileName: file,
            content,
            instrumentId: opts.instrument,
            // A source is its publisher, document, address and date: never a bare file name, which two
            // instruments' lists can share.
            source: { publisher, title: opts.title ?? '', url: opts.url ?? null, asOf: opts.asOf },
            complete: opts.partial ? false : opts.complete ? true : undefined,
            skipInvalidRows: opts.skipInvalidRows,
            allowDuplicates: opts.allowDuplicates,
            confirmShrink: opts.confirmShrink,
            actor: cliActor(),
            maxBytes: config.IMPORT_MAX_BYTES,
          },
          new Date(),
        );
        if (opts.json) console.log(JSON.stringify(report, null, 2));
        else printImportReport(report);
      } catch (err) {
        printIssues(err);
        throw err;
      } finally {
        await database.close();
      }
    });
}

export function revertCommand(): Command {
  return new Command('revert')
    .description('Revert an import batch: its events stop counting (they stay recorded). Latest batch of a list first.')
    .argument('<batchId>', 'batch number printed by `accord import`', positiveInt)
    .action(async (batchId: number) => {
      const database = await openConfiguredDatabase();
      try {
        const r = await revertImport(database.db, batchId, new Date(), cliActor());
        console.log(`Batch ${r.batchId} (${r.instrumentId ?? 'no instrument'}) reverted: ${r.events} event(s) no longer count.`);
      } finally {
        await database.close();
      }
    });
}

export function importReferenceCommand(): Command {
  return new Command('import-reference')
    .description('Import every status list shipped in data/reference (see data/reference/status-lists.json).')
    .action(async () => {
      const database = await openConfiguredDatabase();
      // The bar goes to stderr so that stdout stays a clean summary.
      const bar = new SingleBar({ format: 'Importing {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
      try {
        const results = await importReferenceStatusLists(database.db, new Date(), {
          onProgress: (done, total, file) => {
            if (done === 0) bar.start(total, 0, { file: '' });
            else bar.update(done, { file });
          },
        });
        bar.stop();
        for (const r of results) {
          if (!r.report) {
            console.log(`${r.file}: already imported (batch ${r.skippedAs})`);
            continue;
          }
          const c = r.report.counts;
          const problems = r.report.problems.length ? `, ${r.report.problems.length} problem(s)` : '';
          const corroborated = c.corroborated ? ` (${c.corroborated} already stated by another publisher)` : '';
          console.log(
            `${r.file}: batch ${r.report.batchId}, ${c.new} new${corroborated}, ${c.changed} changed, ${c.renamed} renamed, ` +
              `${c.unresolved} unresolved, ${c.disagreements} disagreements${problems}`,
          );
        }
      } catch (err) {
        bar.stop();
        printIssues(err);
        throw err;
      } finally {
        await database.close();
      }
    });
}

export function importBatchesCommand(): Command {
  const command = new Command('import-batches').description('The import batches: which list was imported when, and its log.');
  command
    .command('list')
    .description('The latest import batches, newest first')
    .option('-n, --limit <n>', 'how many', positiveInt, 30)
    .action(async (opts: { limit: number }) => {
      const database = await openConfiguredDatabase();
      try {
        for (const b of await listImportBatches(database.db, { limit: opts.limit })) {
          const c = b.counts;
          console.log(
            `${b.id}\t${b.status}\t${b.instrumentId ?? '-'}\t${b.source?.publisher ?? '-'}, as of ${b.source?.asOf ?? 'undated'}\t` +
              `${c.rows ?? 0} rows, ${c.new ?? 0} new, ${c.changed ?? 0} changed\t${b.fileName}`,
          );
        }
      } finally {
        await database.close();
      }
    });
  command
    .command('show')
    .description('One batch with its whole log')
    .argument('<batchId>', 'batch number', positiveInt)
    .option('--json', 'print the batch as JSON')
    .action(async (batchId: number, opts: { json?: boolean }) => {
      const database = await openConfiguredDatabase();
      try {
        const b = await getImportBatch(database.db, batchId);
        if (opts.json) {
          console.log(JSON.stringify(b, null, 2));
          return;
        }
        console.log(`Batch ${b.id} (${b.status}): ${b.instrumentId ?? 'no instrument'}, ${b.format} file ${b.fileName}`);
        if (b.source) console.log(`Source: ${b.source.publisher}, "${b.source.title}"${b.source.url ? `, ${b.source.url}` : ''}, as of ${b.source.asOf ?? 'undated'}`);
        console.log(`Imported ${b.startedAt}${b.revertedAt ? `; reverted ${b.revertedAt}` : ''}`);
        console.log(`Counts: ${Object.entries(b.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        for (const entry of b.log ?? []) {
          const e = entry as { type?: string; message?: string; severity?: string };
          console.log(`  ${e.type === 'problem' ? (e.severity ?? 'problem') : (e.type ?? '')}: ${e.message ?? JSON.stringify(entry)}`);
        }
      } finally {
        await database.close();
      }
    });
  return command;
}
