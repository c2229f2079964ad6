// Imports every status list shipped in data/reference into a freshly migrated, seeded database and prints the
// time for the imports alone (target: under 2 s), then re-imports them all (idempotent: nothing new).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '#db/client.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';

// On disk, as `accord serve` uses it (the in-memory file system pays for growing its files).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-import-'));
// Imports are audited, and audit entries are keyed: a throwaway key for a throwaway database.
useAuditChainKey(randomBytes(32));
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
await database.migrate();
await seedReferenceData(database.db);
let t = performance.now();
// Each list's own time, from one progress report to the next.
const perFile: [string, number][] = [];
let last = t;
const first = await importReferenceStatusLists(database.db, new Date(), {
  onProgress: (done, _total, file) => {
    const now = performance.now();
    if (done > 0) perFile.push([file, now - last]);
    last = now;
  },
});
const firstMs = performance.now() - t;
t = performance.now();
const again = await importReferenceStatusLists(database.db, new Date());
const againMs = performance.now() - t;
const sum = (rs: typeof first, k: 'new' | 'changed') => rs.reduce((n, r) => n + (r.report?.counts[k] ?? 0), 0);
console.log(`import-all: ${first.length} files, ${sum(first, 'new')} events, ${Math.round(firstMs)} ms (target < 2000 ms)`);
for (const [file, ms] of perFile) console.log(`import-all:   ${file.padEnd(48)} ${ms.toFixed(0).padStart(5)} ms`);
const skipped = again.filter((r) => r.report === null).length;
console.log(`import-all: re-import ${Math.round(againMs)} ms, ${skipped} of ${again.length} lists unchanged and skipped, ${sum(again, 'new')} new, ${sum(again, 'changed')} changed`);
await database.close();
fs.rmSync(dir, { recursive: true, force: true });
