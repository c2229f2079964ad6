import { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('Apply the committed database migrations (also done by `serve` at start-up).')
    .action(async () => {
      const database = await openConfiguredDatabase();
      await database.close();
      console.log(`Migrations applied (${database.kind}).`);
    });
}
