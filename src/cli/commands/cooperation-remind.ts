// `accord cooperation remind-stale`: reminds each State's focal points and central-authority practitioners of the
// directory entries not confirmed for 12 months (once per stale entry; `accord serve` also does it every hour).
import { Command } from 'commander';
import { loadConfig } from '#config';
import { remindStaleAuthorities } from '#app/cooperation/remind-stale-authorities.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { openConfiguredDatabase } from '../database.ts';

/** Adds `remind-stale` to the `accord cooperation` command group (./cooperation.ts). */
export function addRemindStaleCommand(cooperation: Command): void {
  cooperation
    .command('remind-stale')
    .description('Notify (in the app and by mail) the people of each State of its directory entries not confirmed for 12 months, once per entry.')
    .action(async () => {
      const config = loadConfig(process.env);
      const database = await openConfiguredDatabase();
      try {
        const { reminded } = await remindStaleAuthorities(database.db, new Date(), { baseUrl: publicBaseUrl(config) });
        console.log(reminded.length === 0 ? 'No stale entry is due for a reminder.' : `Reminded of ${reminded.length} stale entr${reminded.length === 1 ? 'y' : 'ies'}.`);
      } finally {
        await database.close();
      }
    });
}
