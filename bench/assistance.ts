// Assistance at ten years' scale (issue 4), on the embedded database (PGlite, on disk as `accord serve` uses it):
// loads 50,000 activities with about 400,000 participants counted (bench/assistance-data.ts), then times, in
// process through the use cases the API calls:
//   - the coordination-overlap check an officer's form runs before saving (random plans: one State or a regional
//     group, one to three themes, a few days, anywhere in the ten years);
//   - "who does what, where" (State × theme × entity) over the default period, ten years, one theme, one region:
//     computed (an activity changed since the last look) and kept (nothing changed: the view of this version);
//   - the activities list of one State, as a focal point sees it.
// Target (issue 4): p95 under 100 ms for the overlap check and the view. Prints numbers only: no target is asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkActivityOverlaps } from '#app/assistance/check-activity-overlaps.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';
import { listActivities } from '#app/assistance/list-activities.ts';
import { listCoordinationCells } from '#app/assistance/list-coordination-cells.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import type { Membership } from '#domain/accounts/types.ts';
import type { UserActor } from '#domain/actor.ts';
import { THEMES } from '#domain/assistance/themes.ts';
import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '#db/client.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { loadAssistanceData, seeded } from './assistance-data.ts';
import { quantile } from './lib.ts';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 50_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

async function timed(
  label: string,
  runs: number,
  work: (i: number) => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<void> {
  await work(0); // warm up: plans cached, pages in memory
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    await work(i);
    ms.push(performance.now() - t);
  }
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(`assistance: ${label.padEnd(44)} p50 ${f(quantile(ms, 0.5))} ms  p95 ${f(quantile(ms, 0.95))} ms  max ${f(Math.max(...ms))} ms  (${runs} runs)`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-assistance-'));
// Imports are audited, and audit entries are keyed: a throwaway key for a throwaway database.
useAuditChainKey(randomBytes(32));
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
try {
  const db = database.db;
  await database.migrate();
  await seedReferenceData(db);
  await importReferenceStatusLists(db, new Date());

  const t = performance.now();
  let last = 0;
  const data = await loadAssistanceData(db, {
    activities: ACTIVITIES,
    onProgress: (done) => {
      if (process.stderr.isTTY && done - last >= 5000) {
        last = done;
        process.stderr.write(`\r  loading activities ${done}/${ACTIVITIES}`);
      }
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(
    `assistance: loaded ${data.activityCount} activities, ${data.participantsCounted} participants counted, ` +
      `${data.organisationIds.length} entities in ${Math.round(performance.now() - t)} ms`,
  );

  const membership = (organisationId: string, extra: Partial<Membership>): Membership => ({
    id: `bench-${organisationId}`,
    organisationId,
    organisationKind: 'un-entity',
    stateCode: null,
    role: 'entity-officer',
    regions: null,
    themes: null,
    ...extra,
  });
  const officer: UserActor = {
    kind: 'user',
    userId: data.officerIds[0]!,
    platformAdmin: false,
    memberships: [membership(data.organisationIds[0]!, {})],
  };
  const focalPoint: UserActor = {
    kind: 'user',
    userId: data.officerIds[1]!,
    platformAdmin: false,
    memberships: [membership('00000000-0000-4000-8000-000000000000', { organisationKind: 'state-authority', role: 'focal-point', stateCode: 'NGA' })],
  };

  const r = seeded(4242);
  const start = Date.parse('2016-01-01');
  const plans = Array.from({ length: SAMPLES + 1 }, () => {
    const s = start + Math.floor(r.next() * 3650) * 86_400_000;
    const stateCodes = r.next() < 0.15 ? r.some(data.stateCodes, r.int(3, 8)) : [r.pick(data.stateCodes)];
    return {
      stateCodes,
      themes: r.some(THEMES, r.int(1, 3)),
      startDate: new Date(s).toISOString().slice(0, 10),
      endDate: new Date(s + r.int(0, 4) * 86_400_000).toISOString().slice(0, 10),
    };
  });
  let found = 0;
  await timed('overlap check on save (one plan)', SAMPLES, async (i) => {
    const { data: overlaps } = await checkActivityOverlaps(db, officer, plans[i]!);
    found += overlaps.length;
  });
  console.log(`assistance: ${(found / SAMPLES).toFixed(2)} overlaps found per plan on average`);

  // Mid-2025: the default period (a year back, a year ahead) then covers eighteen months of the loaded activities.
  const now = new Date('2025-06-30T12:00:00Z');
  const page = { page: 1, pageSize: 100 };
  const coordinator: UserActor = {
    ...officer,
    memberships: [membership(data.organisationIds[1]!, { role: 'coordinator' })],
  };
  // Computed: an activity changed since the last look (the version moves before each run, outside the timing), so
  // the aggregate runs. Kept: nothing changed, the view derived for this version is reused (one version query).
  const activityChanged = () => db.execute(sql`update activity_version set version = version + 1`);
  const views: [string, Parameters<typeof listCoordinationCells>[2]][] = [
    ['default period (a year back, a year ahead)', { ...page }],
    ['ten years', { ...page, from: '2016-01-01', to: '2025-12-31' }],
    ['ten years, one theme', { ...page, from: '2016-01-01', to: '2025-12-31', theme: 'victims' }],
    ['ten years, African States', { ...page, from: '2016-01-01', to: '2025-12-31', regionalGroup: 'African States' }],
  ];
  for (const [label, query] of views) {
    await timed(`who does what, where: ${label}, computed`, 30, () => listCoordinationCells(db, coordinator, query, now), activityChanged);
    await timed(`who does what, where: ${label}, kept`, 50, () => listCoordinationCells(db, coordinator, query, now));
  }
  await timed('activities of one State (its focal point)', 50, () =>
    listActivities(db, focalPoint, { ...page, pageSize: 50, stateCode: 'NGA' }),
  );
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
