import { Command } from 'commander';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { openConfiguredDatabase } from '../database.ts';

export function seedCommand(): Command {
  return new Command('seed')
    .description('Load or update the reference data shipped in data/reference (participants, names, instruments).')
    .action(async () => {
      const database = await openConfiguredDatabase();
      try {
        const counts = await seedReferenceData(database.db);
        console.log(
          `Reference data loaded: ${counts.participants} participants, ${counts.aliases} name aliases, ${counts.instruments} instruments.`,
        );
      } finally {
        await database.close();
      }
    });
}
