// `accord library import <folder | manifest.csv>`: bulk import into the library, all or nothing, with a progress bar
// (on stderr) and a report naming every row that failed and why.
import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '#domain/accounts/types.ts';
import { AppError } from '#domain/errors.ts';
import { importLibrary, type LibraryImportReport } from '#app/library/import-library.ts';
import { openConfiguredDatabase } from '../database.ts';

export function printLibraryImportReport(r: LibraryImportReport): void {
  if (r.failures.length > 0) {
    console.log(`Nothing imported: ${r.failures.length} of ${r.rows} row(s) cannot be imported. Correct them and run the import again.`);
    for (const f of r.failures) for (const p of f.problems) console.log(`  ${f.where}: ${p}`);
  } else if (r.rows === 0) {
    console.log('Nothing imported: no file to import.');
  } else {
    console.log(`Imported ${r.imported.length} record(s).`);
  }
  for (const d of r.duplicates) console.log(`  ${d.where}: the same file is already in the library as ${d.of.map((x) => `"${x.title}" (${x.id})`).join(', ')}`);
}

export function libraryCommand(): Command {
  const command = new Command('library').description('The library of legal texts, publications and tools.');
  command
    .command('import')
    .description(
      'Import a folder (one record per file, titled from its name) or a manifest CSV with the columns file, title, kind, ' +
        'state, language, date, instruments, themes, mandates, confidentiality, source, translation_of (lists separated ' +
        'by ";"). Every row is checked first: if one fails, nothing is imported.',
    )
    .argument('<source>', 'a folder, or a .csv manifest (its files relative to it)')
    .requiredOption('--as <email>', 'the person importing (the audit trail names them)')
    .option('--owner <organisation>', "the organisation that holds the records (id or acronym; default: the person's only one)")
    .addOption(new Option('--confidentiality <level>', 'for rows that say none').choices(CONFIDENTIALITY_LEVELS).default('public'))
    .action(async (source: string, opts: { as: string; owner?: string; confidentiality: Confidentiality }) => {
      const database = await openConfiguredDatabase();
      const bar = new SingleBar({ format: 'Importing {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
      try {
        const report = await importLibrary(database.db, { source, ...opts }, new Date(), (done, total, file) => {
          if (done === 0) bar.start(total, 0, { file: '' });
          else bar.update(done, { file });
        });
        bar.stop();
        printLibraryImportReport(report);
        if (report.failures.length > 0) throw new AppError('VALIDATION_FAILED', 'the import was refused (see above)');
      } catch (err) {
        bar.stop();
        throw err;
      } finally {
        await database.close();
      }
    });
  return command;
}
