// `accord audit verify` checks the chain of the whole audit trail (exit 1 names the first bad entry) and says which
// checks it could make; `accord audit anchor` writes the head to keep outside the database.
import { Command } from 'commander';
import { loadConfig } from '#config';
import { openConfiguredDatabase } from '#app/shared/open-database.ts';
import { findSecretKey } from '#app/shared/resolve-secret-key.ts';
import { anchorAuditLog, appendAnchor, readLatestAnchor } from '#app/accounts/anchor-audit-log.ts';
import { verifyAuditLog, type AuditVerification } from '#app/accounts/verify-audit-log.ts';
import { anchorLine } from '#domain/accounts/audit.ts';

/** The report, one check a line. */
export function describeVerification(v: AuditVerification): string[] {
  const range = v.firstId === null ? '' : ` (entries ${v.firstId}–${v.lastId})`;
  const lines = [
    v.ok
      ? `Audit trail intact: ${v.checked} entries verified${range}.`
      : `Audit trail broken at entry ${v.problem!.entryId}: ${v.problem!.message} (${v.checked} entries before it verified${range}).`,
  ];
  if (!v.keyed) {
    lines.push('  keyed chain: not checked (no key given: set SECRET_KEY, or keep the key file beside the data)');
  } else if (v.keyedFrom === null) {
    lines.push('  keyed chain: checked; no keyed entry yet (every entry predates keying)');
  } else {
    const sealed = v.keyedFrom > (v.firstId ?? v.keyedFrom) ? `; entries before ${v.keyedFrom} predate keying and are sealed by it` : '';
    lines.push(`  keyed chain: checked from entry ${v.keyedFrom}${sealed}`);
  }
  lines.push(
    v.anchor
      ? `  anchor: checked against the anchor of ${v.anchor.anchoredAt} (entry ${v.anchor.sequence})`
      : '  anchor: not checked (no anchor given: --anchor FILE); deleted newest entries or an emptied table go unnoticed',
  );
  return lines;
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('The append-only, keyed, hash-chained audit trail.');
  audit
    .command('verify')
    .description('Check that no audit entry was edited, forged, deleted or reordered; names the first bad entry.')
    .option('--anchor <file>', 'a file of anchors (`accord audit anchor`): the chain must still hold its latest one')
    .action(async (opts: { anchor?: string }) => {
      const config = loadConfig();
      const anchor = opts.anchor ? readLatestAnchor(opts.anchor) : null;
      if (opts.anchor && !anchor) throw new Error(`${opts.anchor} holds no anchor.`);
      const database = await openConfiguredDatabase(config);
      try {
        const result = await verifyAuditLog(database.db, { secretKey: findSecretKey(config), anchor });
        const [first, ...checks] = describeVerification(result);
        (result.ok ? console.log : console.error)([first, ...checks].join('\n'));
        if (!result.ok) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
  audit
    .command('anchor')
    .description('Write the head of the audit trail (sequence, hash, time) as one JSON line, to keep outside the database.')
    .option('--file <file>', 'append the line to this file (default: print it)')
    .action(async (opts: { file?: string }) => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const anchor = await anchorAuditLog(database.db, new Date());
        if (opts.file) {
          appendAnchor(opts.file, anchor);
          console.error(`Anchored entry ${anchor.sequence} in ${opts.file}.`);
        } else {
          console.log(anchorLine(anchor));
        }
      } finally {
        await database.close();
      }
    });
  return audit;
}
