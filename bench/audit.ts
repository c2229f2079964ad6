// The audit trail's costs: appending keyed entries (each under the table lock, in its own transaction, as use cases
// do), a named-people read of a 1,000-id list, and verifying the whole chain. Prints its figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { openDatabase } from '#db/client.ts';
import type { Db } from '#db/client.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { recordAudit } from '#app/shared/transaction.ts';
import { auditNamedPeopleReads } from '#app/shared/audit-named-people-reads.ts';
import { verifyAuditLog } from '#app/accounts/verify-audit-log.ts';
import { ANONYMOUS } from '#domain/actor.ts';

const ENTRIES = 5_000;
const secretKey = randomBytes(32);
useAuditChainKey(secretKey);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-audit-'));
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
try {
  await database.migrate();
  const db = database.db;
  const record = { actor: 'cli:bench', action: 'document:update', targetType: 'document', targetId: 'x', before: { title: 'a' }, after: { title: 'b' } };
  let t = performance.now();
  for (let i = 0; i < ENTRIES; i++) {
    await db.transaction((tx) => recordAudit(tx as unknown as Db, { ...record, targetId: String(i) }, new Date()));
  }
  const append = (performance.now() - t) / ENTRIES;
  const shown = Array.from({ length: 1000 }, () => ({ id: randomUUID(), confidentiality: 'named-people' }));
  t = performance.now();
  for (let i = 0; i < 50; i++) await auditNamedPeopleReads(db, ANONYMOUS, { activity: shown }, 'bench', new Date());
  const listRead = (performance.now() - t) / 50;
  t = performance.now();
  const result = await verifyAuditLog(db, { secretKey });
  const verify = performance.now() - t;
  console.log(`audit: append one keyed entry (own transaction)   ${append.toFixed(2)} ms`);
  console.log(`audit: named-people read of a 1,000-id list       ${listRead.toFixed(2)} ms (one entry)`);
  console.log(`audit: verify ${result.checked} keyed entries            ${verify.toFixed(0)} ms (${result.ok ? 'intact' : 'BROKEN'})`);
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
