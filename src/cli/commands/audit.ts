// `accord audit verify`: checks the hash chain of the whole audit trail; exit 1 names the first bad entry.
import { Command } from 'commander';
import { verifyAuditLog } from '#app/accounts/verify-audit-log.ts';
import { openConfiguredDatabase } from '../database.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description('The append-only, hash-chained audit trail.');
  audit
    .command('verify')
    .description('Check that no audit entry was edited, deleted or reordered; names the first bad entry.')
    .action(async () => {
      const database = await openConfiguredDatabase();
      try {
        const result = await verifyAuditLog(database.db);
        if (result.ok) {
          console.log(`Audit trail intact: ${result.checked} entries verified.`);
        } else {
          console.error(`Audit trail broken at entry ${result.entryId}: ${result.message} (${result.checked} entries before it verified).`);
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    });
  return audit;
}
