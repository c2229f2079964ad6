// `accord mandates import FILE --lang en [--source "…"] --as EMAIL`: imports a resolution's text (or HTML, by the
// file's extension) into the mandate registry, as the named person (the audit trail names them).
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { AppError } from '#domain/errors.ts';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { importResolution } from '#app/reporting/import-resolution.ts';
import { actorByEmail } from '#app/reporting/actor-by-email.ts';
import { openConfiguredDatabase } from '../database.ts';

export function mandatesCommand(): Command {
  const command = new Command('mandates').description('The mandate registry: resolutions and their paragraphs.');
  command
    .command('import')
    .description(
      'Import a resolution from a text or HTML file (.htm/.html read as HTML). A second language of a resolution ' +
        'already held must count the same paragraphs, else nothing is written.',
    )
    .argument('<file>', 'the resolution, as text (UTF-8) or HTML')
    .addOption(new Option('--lang <language>', 'the language of the text').choices([...LANGUAGES]).makeOptionMandatory())
    .option('--source <source>', 'where the text comes from (URL, symbol and date)', '')
    .requiredOption('--as <email>', 'the person importing (the audit trail names them)')
    .action(async (file: string, opts: { lang: Language; source: string; as: string }) => {
      if (!fs.existsSync(file)) throw new AppError('VALIDATION_FAILED', `No file ${file}`);
      const content = fs.readFileSync(file, 'utf8');
      const format = /\.html?$/i.test(file) ? 'html' : 'text';
      const database = await openConfiguredDatabase();
      try {
        const actor = await actorByEmail(database.db, opts.as);
        const { data, outcome } = await importResolution(
          database.db,
          actor,
          { content, format, language: opts.lang, source: opts.source || path.basename(file) },
          new Date(),
        );
        const preambular = data.paragraphs.filter((p) => p.kind === 'preambular').length;
        const operative = data.paragraphs.filter((p) => p.kind === 'operative').length;
        console.log(`${data.symbol} (${opts.lang}): ${outcome}; ${preambular} preambular and ${operative} operative paragraphs; languages ${data.languages.join(', ')}.`);
        for (const p of data.paragraphs.filter((x) => x.reporting)) {
          console.log(`  ${p.mandateId}: report to ${p.reporting!.to}${p.reporting!.session ? ` at session ${p.reporting!.session}` : ''}`);
        }
      } finally {
        await database.close();
      }
    });
  return command;
}
