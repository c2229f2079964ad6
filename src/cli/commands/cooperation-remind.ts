// `accord cooperation remind-stale`: reminds each State's focal points and central-authority practitioners of the
// directory entries not confirmed for 12 months (once per stale entry; `accord serve` also does it every hour).
// `accord cooperation remind-requests [--now <instant>]`: reminds both authorities of each request whose status has
// stood still past its period (once per period; `accord serve` also does it every hour). `--now` runs it as at another
// instant, to check what a date would send.
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '#config';
import { remindStaleAuthorities } from '#app/cooperation/remind-stale-authorities.ts';
import { remindStalledCooperationRequests } from '#app/cooperation/remind-stalled-cooperation-requests.ts';
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

function instant(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) {
    throw new InvalidArgumentError('an ISO instant such as 2026-05-01T09:00:00Z');
  }
  return at;
}

/** Adds `remind-requests` to the `accord cooperation` command group (./cooperation.ts). */
export function addRemindRequestsCommand(cooperation: Command): void {
  cooperation
    .command('remind-requests')
    .description('Notify (in the app and by mail) both authorities of each request for MLA or extradition whose status has not moved for its period.')
    .option('--now <instant>', 'run as at this ISO instant (default: now)', instant)
    .action(async (opts: { now?: Date }) => {
      const config = loadConfig(process.env);
      const database = await openConfiguredDatabase();
      try {
        const { reminded } = await remindStalledCooperationRequests(database.db, opts.now ?? new Date(), { baseUrl: publicBaseUrl(config) });
        console.log(reminded.length === 0 ? 'No request is due for a reminder.' : `Reminded of ${reminded.length} request${reminded.length === 1 ? '' : 's'}.`);
      } finally {
        await database.close();
      }
    });
}
