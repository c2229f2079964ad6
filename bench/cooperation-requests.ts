// Requests for MLA and extradition (issue 12) at 100,000 requests on the embedded database (PGlite, on disk):
//   - the tracking list, first page (50, most recently changed first, with its total), through the list use case:
//     for a requesting authority's practitioner (the requests its organisation sends) and for a requested State's
//     practitioner (those its State receives, drafts excluded), each side and both at once;
//   - drafting one request through the use cases the routes call: created, then each step saved (a patch of its part
//     of the content, at its version), each answering the detail with the completeness the wizard shows;
//   - rendering each drafted request's DOCX, in English and in Arabic.
// 100,000 requests spread over one State authority per participant, inserted in one SQL statement. Prints numbers
// only: no target is asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { createCooperationRequest } from '#app/cooperation/create-cooperation-request.ts';
import { exportRequestDocument } from '#app/cooperation/export-request-document.ts';
import { listCooperationRequests } from '#app/cooperation/list-cooperation-requests.ts';
import { updateCooperationRequest } from '#app/cooperation/update-cooperation-request.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { openDatabase } from '#db/client.ts';
import { organisations } from '#db/schema/index.ts';
import type { Actor } from '#domain/actor.ts';
import { REQUEST_STEPS, STEP_CONTENT } from '#domain/cooperation/requests.ts';
import { buildUser } from '../test/accounts.ts';
import { completeMlaContent } from '../test/cooperation-requests.ts';
import { quantile } from './lib.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 50);
const NOW = new Date('2026-03-01T12:00:00Z');

const f = (x: number) => x.toFixed(1).padStart(7);
function line(label: string, ms: number[]) {
  console.log(`  ${label.padEnd(62)} p50 ${f(quantile(ms, 0.5))} ms  p95 ${f(quantile(ms, 0.95))} ms  max ${f(Math.max(...ms))} ms  (${ms.length} runs)`);
}
async function time(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

useAuditChainKey(randomBytes(32));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-cooperation-requests-'));
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
try {
  const db = database.db;
  await database.migrate();
  await seedReferenceData(db);

  const t = performance.now();
  // One State authority per member State.
  await db.execute(sql`
    INSERT INTO organisations (kind, state_code, names, created_at, updated_at)
    SELECT 'state-authority', code, jsonb_build_object('en', 'Central authority of ' || code), ${NOW}, ${NOW}
    FROM participants WHERE kind = 'member'`);
  const content = JSON.stringify(completeMlaContent());
  // Request i: from authority i mod n, to another State (offset 1..n-1, never its own), a status in turn, changed at
  // a distinct instant over the last three years.
  await db.execute(sql`
    WITH authorities_ AS (
      SELECT (row_number() OVER (ORDER BY state_code) - 1)::int AS n, id, state_code FROM organisations WHERE kind = 'state-authority'
    ), c AS (SELECT count(*)::int AS c FROM authorities_)
    INSERT INTO cooperation_requests (kind, status, status_changed_at, requesting_organisation_id, requesting_state_code,
      requested_state_code, content, requesting_reference, sent_at, created_at, updated_at)
    SELECT CASE WHEN i % 4 = 0 THEN 'extradition' ELSE 'mla' END,
      (ARRAY['draft','sent','received','under-execution','further-information-requested','partially-executed','executed','refused','withdrawn'])[1 + i % 9],
      ${NOW}::timestamptz - make_interval(mins => i * 15), o.id, o.state_code, r.state_code, ${content}::jsonb,
      'REF-' || i, CASE WHEN i % 9 = 0 THEN NULL ELSE ${NOW}::timestamptz - make_interval(mins => i * 15) END,
      ${NOW}::timestamptz - make_interval(mins => i * 15), ${NOW}::timestamptz - make_interval(mins => i * 15)
    FROM generate_series(0, ${REQUESTS - 1}) AS i, c
    JOIN authorities_ o ON true
    JOIN authorities_ r ON true
    WHERE o.n = i % c.c AND r.n = (i % c.c + 1 + (i / c.c) % (c.c - 1)) % c.c`);
  await db.execute(sql`ANALYZE`);
  const authorities = await db.select({ id: organisations.id, stateCode: organisations.stateCode }).from(organisations).where(sql`kind = 'state-authority'`);
  console.log(`cooperation requests on PGlite: ${REQUESTS} requests over ${authorities.length} State authorities inserted in ${Math.round(performance.now() - t)} ms`);

  // A practitioner of one authority (sampled across them): the list use case scopes to its organisation and State.
  const practitionerOf = (i: number): Actor => {
    const a = authorities[(i * 37) % authorities.length]!;
    return {
      kind: 'user',
      userId: '00000000-0000-4000-8000-000000000000',
      platformAdmin: false,
      memberships: [{ id: 'bench', organisationId: a.id, organisationKind: 'state-authority', stateCode: a.stateCode, role: 'central-authority-practitioner', regions: null, themes: null }],
    };
  };
  const firstPage = { page: 1, pageSize: 50 };
  for (const side of ['requesting', 'requested', 'all'] as const) {
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < SAMPLES; i++) {
      ms.push(
        await time(async () => {
          total = (await listCooperationRequests(db, practitionerOf(i), { side, ...firstPage }, NOW)).total;
        }),
      );
    }
    line(`tracking list, first page, side=${side} (~${total} requests each)`, ms);
  }
  const filtered: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    filtered.push(await time(() => listCooperationRequests(db, practitionerOf(i), { side: 'requested', status: 'received', ...firstPage }, NOW)));
  }
  line('tracking list, first page, received by the State (status filter)', filtered);

  // Drafting one request through the use cases the routes call (each audited, each answering the detail with its
  // completeness), as a practitioner of the first authority; then its DOCX rendered in English and in Arabic.
  const drafter = authorities[0]!;
  const { user, membership } = await buildUser(
    db,
    { role: 'central-authority-practitioner', organisation: { id: drafter.id }, displayName: 'Bench Practitioner' },
    NOW,
  );
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    platformAdmin: false,
    memberships: [
      { id: membership!.id, organisationId: drafter.id, organisationKind: 'state-authority', stateCode: drafter.stateCode, role: 'central-authority-practitioner', regions: null, themes: null },
    ],
  };
  const full = completeMlaContent();
  const drafting: number[] = [];
  const drafted: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const to = authorities[1 + (i % (authorities.length - 1))]!;
    drafting.push(
      await time(async () => {
        const created = await createCooperationRequest(db, actor, { kind: 'mla', requestedStateCode: to.stateCode! }, NOW);
        let version = created.data.version;
        for (const step of REQUEST_STEPS.mla) {
          if (step === 'review') continue;
          const part = STEP_CONTENT[step];
          const saved = await updateCooperationRequest(db, actor, created.data.id, { step, content: { [part]: full[part] } }, NOW, version);
          version = saved.data.version;
        }
        drafted.push(created.data.id);
      }),
    );
  }
  line('drafting an MLA request: create + 7 steps saved (use cases)', drafting);

  for (const language of ['en', 'ar'] as const) {
    const docx: number[] = [];
    let bytes = 0;
    for (const id of drafted) {
      docx.push(
        await time(async () => {
          bytes = (await exportRequestDocument(db, { actor }, { id, format: 'docx', language }, NOW)).body.length;
        }),
      );
    }
    line(`rendering its DOCX (${language}, ${Math.round(bytes / 1024)} kB)`, docx);
  }
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
