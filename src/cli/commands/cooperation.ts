// `accord cooperation …`: bilateral treaties (./cooperation-bilateral.ts) and the directory of competent authorities
// as files, from the server's shell.
//   import-bilateral FILE [--dry-run]     bilateral treaties from a CSV file, all or nothing
//   remind-stale                          remind the States of directory entries not confirmed for 12 months
//   remind-requests [--now INSTANT]       remind both authorities of requests whose status has stood still
//   import-authorities FILE [--dry-run]   the difference, then (without --dry-run) the import, all or nothing
//   export-authorities --format csv|html [--state XXX] [--kind K] [--with-contacts] > FILE
// The operator holds the database anyway: the policy does not apply, the audit trail names them (`cli:<account>`).
// An export holds what the public sees unless --with-contacts asks for everything (a read that is audited).
import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { DIRECTORY_EXPORT_FORMATS, exportAuthorityDirectory, type DirectoryExportFormat } from '#app/cooperation/export-authority-directory.ts';
import { importAuthorityDirectory, type DirectoryImportReport } from '#app/cooperation/import-authority-directory.ts';
import { DIRECTORY_LIMITS } from '#domain/cooperation/directory-file.ts';
import { AUTHORITY_KINDS, type AuthorityKind } from '#domain/cooperation/types.ts';
import { AppError, isAppError } from '#domain/errors.ts';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { openConfiguredDatabase } from '../database.ts';
import { addBilateralImportCommand } from './cooperation-bilateral.ts';
import { addRemindRequestsCommand, addRemindStaleCommand } from './cooperation-remind.ts';
import { cliActor } from '../actor.ts';

const LIST_LIMIT = 40;

function printList<T>(title: string, items: T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items.slice(0, LIST_LIMIT)) console.log(`  ${line(item)}`);
  if (items.length > LIST_LIMIT) console.log(`  … and ${items.length - LIST_LIMIT} more (--json prints all)`);
}

const entry = (e: { stateCode: string; kind: string; instrumentId: string | null; name: string }) =>
  `${e.stateCode} ${e.kind}${e.instrumentId ? ` (${e.instrumentId})` : ''}: ${e.name}`;

export function printDirectoryReport(r: DirectoryImportReport): void {
  const c = r.counts;
  const what = r.applied ? 'Imported' : r.dryRun ? 'Dry run, nothing written' : 'Not imported';
  console.log(
    `${what} (${r.stateCodes.join(', ') || 'no State'}): ${c.rows} rows; ${c.new} new, ${c.changed} changed, ` +
      `${c.unchanged} unchanged, ${c.absent} held but not in the file (kept), ${c.problems} problems`,
  );
  printList('New', r.new, (n) => `line ${n.line}: ${entry(n)}`);
  printList('Changed', r.changed, (x) => `line ${x.line}: ${entry(x)}\n${x.changes.map((ch) => `      ${ch.field}: "${ch.from}" → "${ch.to}"`).join('\n')}`);
  printList('Held but not in the file (kept)', r.absent, entry);
  // Every problem is named, however many: the person importing must be able to correct each one.
  if (r.problems.length) {
    console.log(`\nProblems (${r.problems.length}): a file with problems imports nothing.`);
    for (const p of r.problems) console.log(`  ${p.line !== undefined ? `line ${p.line}` : 'file'}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  }
}

function stateCode(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new InvalidArgumentError('expected an ISO 3166 alpha-3 code, such as FRA');
  return code;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, stateCode(value)];
}

export function cooperationCommand(): Command {
  const command = new Command('cooperation').description(
    'International cooperation: bilateral treaties, the directory of competent authorities (files, reminders), and reminders of stalled requests.',
  );
  addBilateralImportCommand(command);
  addRemindStaleCommand(command);
  addRemindRequestsCommand(command);

  command
    .command('import-authorities')
    .description('Import a directory file (CSV): prints the difference; --dry-run writes nothing. All or nothing.')
    .argument('<file>', 'directory file (CSV, UTF-8; layout: `accord cooperation export-authorities`)')
    .option('--dry-run', 'show the difference only')
    .option('--json', 'print the full report as JSON')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      // Check before reading: a missing or oversized file gets one clear line, and nothing is loaded.
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) throw new AppError('NOT_FOUND', `No file at ${file}`, { issues: [{ path: ['file'], message: 'not found' }] });
      if (stat.size > DIRECTORY_LIMITS.maxBytes) {
        throw new AppError('VALIDATION_FAILED', `${file} is ${stat.size} bytes; the limit is ${DIRECTORY_LIMITS.maxBytes}`, {
          issues: [{ path: ['file'], message: 'file too large' }],
        });
      }
      const content = fs.readFileSync(file);
      const database = await openConfiguredDatabase();
      // The bar goes to stderr so that stdout stays a clean report.
      const bar = new SingleBar({ format: 'Writing {bar} {value}/{total} entries', stream: process.stderr, hideCursor: true });
      try {
        const report = await importAuthorityDirectory(
          database.db,
          { operator: cliActor() },
          {
            content,
            dryRun: opts.dryRun ?? false,
            onProgress: (done, total) => {
              if (done === 0) bar.start(total, 0);
              else bar.update(done);
            },
          },
          new Date(),
        );
        bar.stop();
        if (opts.json) console.log(JSON.stringify(report, null, 2));
        else printDirectoryReport(report);
      } catch (err) {
        bar.stop();
        // A file with problems imports nothing; each is named by line and column.
        if (isAppError(err)) for (const i of err.issues) console.error(`  ${i.path.slice(2).join(' ') || 'file'}: ${i.message}`);
        throw err;
      } finally {
        await database.close();
      }
    });

  command
    .command('export-authorities')
    .description('Write the directory as CSV (re-importable) or as a printable page (html: print it to PDF).')
    .addOption(new Option('--format <format>', 'csv, or html (a printable page: no PDF library is installed)').choices(DIRECTORY_EXPORT_FORMATS).default('csv'))
    .option('--state <code>', 'only this State (repeat for more)', collect)
    .addOption(new Option('--kind <kind>', 'only this kind').choices(AUTHORITY_KINDS))
    .addOption(new Option('--lang <lang>', 'language of the printable page').choices(LANGUAGES).default('en'))
    .option('--with-contacts', 'include every field, contact details too (audited); default: what the public sees')
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .action(
      async (opts: { format: DirectoryExportFormat; state?: string[]; kind?: AuthorityKind; lang: Language; withContacts?: boolean; out?: string }) => {
        const database = await openConfiguredDatabase();
        try {
          const file = await exportAuthorityDirectory(
            database.db,
            { operator: cliActor(), withContacts: opts.withContacts ?? false },
            { stateCodes: opts.state, kinds: opts.kind ? [opts.kind] : undefined, format: opts.format, lang: opts.lang },
            new Date(),
          );
          if (opts.out) {
            fs.writeFileSync(opts.out, file.body);
            console.error(`Wrote ${opts.out}`);
          } else {
            process.stdout.write(file.body);
          }
        } finally {
          await database.close();
        }
      },
    );
  return command;
}
