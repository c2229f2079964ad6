// `accord funding import-rates FILE --source "…" --as EMAIL`: imports an exchange-rate table (Accord's
// currency,date,units_per_usd, or the ECB's eurofxref-hist.csv) as the named person; all or nothing, every bad row
// named by line.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { importExchangeRatesAs } from '#app/funding/import-exchange-rates.ts';
import { AppError, isAppError } from '#domain/errors.ts';
import { openConfiguredDatabase } from '../database.ts';

export function fundingCommand(): Command {
  const command = new Command('funding').description('Funding: exchange-rate tables.');
  command
    .command('import-rates')
    .description('Import an exchange-rate table: a CSV with the columns currency,date,units_per_usd, or the ECB’s eurofxref-hist.csv (converted to units per US dollar).')
    .argument('<file>', 'the CSV file')
    .requiredOption('--source <name>', 'where the rates come from, e.g. "UN operational rates of exchange, 2014"')
    .requiredOption('--as <email>', 'the person importing (the audit trail names them)')
    .action(async (file: string, opts: { source: string; as: string }) => {
      const content = await fs.readFile(file, 'utf8');
      const database = await openConfiguredDatabase();
      try {
        const { data } = await importExchangeRatesAs(database.db, opts.as, { source: opts.source, fileName: path.basename(file), content }, new Date());
        console.log(`Imported ${data.rates} rate(s) of ${data.currencies.length} currencies, ${data.from} to ${data.to}, from ${data.fileName} (SHA-256 ${data.fileSha256}).`);
        if (data.skippedCurrencies.length > 0) console.log(`  Not imported (no longer ISO 4217 currencies): ${data.skippedCurrencies.join(', ')}`);
      } catch (err) {
        if (isAppError(err) && err.issues.length > 0) {
          console.log(`Nothing imported: ${err.message}`);
          for (const i of err.issues) console.log(`  ${i.message}`);
          throw new AppError('VALIDATION_FAILED', 'the import was refused (see above)');
        }
        throw err;
      } finally {
        await database.close();
      }
    });
  return command;
}
