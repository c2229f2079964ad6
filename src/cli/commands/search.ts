// `accord search reindex`: rebuilds the search index from the records, in one transaction, with a progress bar
// (on stderr, so that stdout stays the report).
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { reindexSearch } from '#app/library/reindex-search.ts';
import { openConfiguredDatabase } from '../database.ts';

export function searchCommand(): Command {
  const command = new Command('search').description('The search index (issue 13, ADR 23).');
  command
    .command('reindex')
    .description('Rebuild the search index from the records (treaty articles, assistance records), all in one transaction.')
    .action(async () => {
      const database = await openConfiguredDatabase();
      const bar = new SingleBar({ format: 'Indexing {bar} {value}/{total} records', stream: process.stderr, hideCursor: true });
      try {
        const report = await reindexSearch(database.db, new Date(), (done, total) => {
          if (done === 0) bar.start(total, 0);
          else bar.update(done);
        });
        bar.stop();
        const parts = Object.entries(report.entries).map(([kind, n]) => `${n} ${kind}`);
        console.log(`Search index rebuilt: ${report.total} entries (${parts.join(', ')}).`);
      } catch (err) {
        bar.stop();
        throw err;
      } finally {
        await database.close();
      }
    });
  return command;
}
