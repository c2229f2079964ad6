// `accord cooperation import-bilateral FILE [--dry-run]`: bilateral treaties from a CSV file (issue 11 §1). The same
// use case as the API's import: a dry run lists what would be created, what is recorded already and every row's
// problems; a real import writes every new row in one transaction, or nothing when any row has a problem.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '#config';
import { AppError, isAppError } from '#domain/errors.ts';
import { MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { importBilateralTreaties, type BilateralImportReport } from '#app/cooperation/import-bilateral-treaties.ts';
import { openConfiguredDatabase } from '../database.ts';
import { cliActor } from '../actor.ts';

export function printBilateralImportReport(r: BilateralImportReport): void {
  const verb = r.dryRun ? 'would create' : r.written ? 'created' : 'would have created';
  console.log(`${r.rows} rows: ${verb} ${r.created.length}, ${r.existing.length} already recorded, ${r.issues.length} problems`);
  const row = (x: BilateralImportRow) => `line ${x.line}: ${x.stateA}–${x.stateB} ${x.kind} "${x.title}"`;
  if (r.created.length) console.log(`\n${r.dryRun ? 'To create' : 'Created'}:\n${r.created.map((x) => `  ${row(x)}`).join('\n')}`);
  if (r.existing.length) console.log(`\nAlready recorded:\n${r.existing.map((x) => `  ${row(x)} (${x.id})`).join('\n')}`);
  if (r.issues.length) console.log(`\nProblems:\n${r.issues.map((i) => `  line ${i.line}${i.column ? `, ${i.column}` : ''}: ${i.message}`).join('\n')}`);
}
type BilateralImportRow = BilateralImportReport['created'][number];

/** Adds `import-bilateral` to the `accord cooperation` command group (./cooperation.ts). */
export function addBilateralImportCommand(command: Command): void {
  command
    .command('import-bilateral')
    .description('Import bilateral treaties from a CSV file (kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes).')
    .argument('<file>', 'CSV file')
    .option('--dry-run', 'write nothing: list what would be created, what is recorded already, and every problem')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      loadConfig();
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) throw new AppError('NOT_FOUND', `No file at ${file}`);
      if (stat.size > MAX_DOCUMENT_BYTES) throw new AppError('VALIDATION_FAILED', `${file} is ${stat.size} bytes; the limit is ${MAX_DOCUMENT_BYTES}`);
      const database = await openConfiguredDatabase();
      try {
        const report = await importBilateralTreaties(
          database.db,
          cliActor(),
          { fileName: path.basename(file), content: fs.readFileSync(file), dryRun: opts.dryRun ?? false },
          new Date(),
        );
        if (opts.json) console.log(JSON.stringify(report, null, 2));
        else printBilateralImportReport(report);
      } catch (err) {
        if (isAppError(err)) for (const i of err.issues) console.error(`  ${i.path.join(' ')}: ${i.message}`);
        throw err;
      } finally {
        await database.close();
      }
    });
}
