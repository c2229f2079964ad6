// `accord export`: the status matrix as CSV, XLSX or JSON, with the same filters as the web matrix and the API.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportMatrix, type ExportFormat } from '#app/treaties/export-matrix.ts';
import { resolveAsOf } from '#app/shared/as-of.ts';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { INSTRUMENT_CATEGORIES, type InstrumentCategory } from '#domain/treaties/views.ts';
import { openConfiguredDatabase } from '../database.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('Export the status matrix (participants × instruments) with its filters.')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .option('--as-of <date>', 'status as of this date (YYYY-MM-DD; default today)')
    .option('--regional-group <group>', 'only this UN regional group, e.g. "African States"')
    .addOption(new Option('--category <category>', 'instrument category').choices([...INSTRUMENT_CATEGORIES]))
    .addOption(new Option('--lang <lang>', 'language of names').choices(LANGUAGES).default('en'))
    .option('-o, --out <file>', 'write to this file (default: standard output; required for xlsx)')
    .action(
      async (opts: {
        format: ExportFormat;
        asOf?: string;
        regionalGroup?: string;
        category?: InstrumentCategory;
        lang: Language;
        out?: string;
      }) => {
        if (opts.format === 'xlsx' && !opts.out) throw new Error('--out is required for xlsx');
        const asOf = resolveAsOf(opts.asOf, new Date(), '--as-of');
        const database = await openConfiguredDatabase();
        try {
          const file = await exportMatrix(database.db, {
            format: opts.format,
            asOf,
            regionalGroup: opts.regionalGroup,
            category: opts.category,
            lang: opts.lang,
          });
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
}
