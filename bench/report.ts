// The Secretary-General's report at ten years' scale (issue 14 §3), on the embedded database (PGlite, on disk as
// `accord serve` uses it): loads the assistance benchmark's 50,000 activities (bench/assistance-data.ts) and ten years
// of contributions, then times, in process through the use cases the API calls:
//   - the report's figures (every group, counted in SQL) for one reporting year and for the whole ten years;
//   - writing the DOCX of those figures (tables and footnotes) and the XLSX.
// Target (issue 14): p95 under 2 s for the figures. Prints numbers only: no target is asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { computeReportFigures } from '#app/reporting/compute-report-figures.ts';
import { renderReportDocx } from '#app/reporting/export-report-docx.ts';
import { renderReportXlsx } from '#app/reporting/export-report-xlsx.ts';
import { mandateParagraphs, type ReportView } from '#app/reporting/report-presenters.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { THEMES } from '#domain/assistance/themes.ts';
import { sectionsOf } from '#domain/reporting/figures.ts';
import type { ReportFigures } from '#domain/reporting/report.ts';
import { openDatabase } from '#db/client.ts';
import { buildOrganisation } from '../test/accounts.ts';
import { insertContributions, type ContributionInsert } from '../test/report-figures.ts';
import { loadAssistanceData, seeded } from './assistance-data.ts';
import { quantile } from './lib.ts';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 50_000);
const CONTRIBUTIONS = Number(process.env.BENCH_CONTRIBUTIONS ?? 5_000);
const RUNS = Number(process.env.BENCH_SAMPLES ?? 10);

async function timed<T>(label: string, runs: number, work: () => Promise<T>): Promise<T> {
  let last = await work(); // warm up: plans cached, pages in memory
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await work();
    ms.push(performance.now() - t);
  }
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(`report: ${label.padEnd(40)} p50 ${f(quantile(ms, 0.5))} ms  p95 ${f(quantile(ms, 0.95))} ms  max ${f(Math.max(...ms))} ms  (${runs} runs)`);
  return last;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-report-'));
useAuditChainKey(randomBytes(32));
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
try {
  const db = database.db;
  await database.migrate();
  await seedReferenceData(db);
  await importReferenceStatusLists(db, new Date());
  const t = performance.now();
  const data = await loadAssistanceData(db, { activities: ACTIVITIES });

  // Ten years of money: 20 donors, cash in five currencies, some earmarked, to the benchmark's entities.
  const r = seeded(14);
  const now = new Date('2026-01-01T00:00:00Z');
  const donors: string[] = [];
  for (let i = 0; i < 20; i++) donors.push((await buildOrganisation(db, { kind: 'donor', name: `Donor ${i + 1}` }, now)).id);
  const currencies = [
    ['USD', '1'],
    ['EUR', '0.92'],
    ['JPY', '149.5'],
    ['GBP', '0.79'],
    ['CHF', '0.88'],
  ] as const;
  const rows: ContributionInsert[] = [];
  for (let i = 0; i < CONTRIBUTIONS; i++) {
    const [currency, rate] = r.pick(currencies);
    const date = new Date(Date.UTC(2016 + r.int(0, 9), r.int(0, 11), r.int(1, 28))).toISOString().slice(0, 10);
    const earmark = r.pick(['none', 'none', 'theme', 'programme', 'state'] as const);
    rows.push({
      kind: 'contribution',
      form: 'cash',
      donorOrganisationId: r.pick(donors),
      recipientOrganisationId: r.pick(data.organisationIds),
      date,
      amount: `${r.int(1_000, 2_000_000)}.${String(r.int(0, 99)).padStart(2, '0')}`,
      currency,
      unitsPerUsd: rate,
      rateDate: date,
      rateSource: 'bench',
      earmarkKind: earmark,
      earmarkValue: earmark === 'theme' ? r.pick(THEMES) : earmark === 'none' ? null : 'x',
      createdAt: now,
      updatedAt: now,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await insertContributions(db, rows.slice(i, i + 500));
  console.log(`report: loaded ${data.activityCount} activities, ${data.participantsCounted} participants counted, ${CONTRIBUTIONS} contributions in ${Math.round(performance.now() - t)} ms`);

  const paragraphs = await mandateParagraphs(db, '68/187', 'en');
  const periods = [
    ['one reporting year (2024-07-01 – 2025-06-30)', '2024-07-01', '2025-06-30'],
    ['ten years (2016 – 2025)', '2016-01-01', '2025-12-31'],
  ] as const;
  for (const [label, from, to] of periods) {
    const figures: ReportFigures = await timed(`figures, ${label}`, RUNS, () =>
      computeReportFigures(db, { mandateSet: '68/187', periodFrom: from, periodTo: to }, paragraphs, now),
    );
    const view: ReportView = {
      id: 'bench',
      title: `Report ${from} – ${to}`,
      mandateSet: '68/187',
      periodFrom: from,
      periodTo: to,
      language: 'en',
      narrative: Object.fromEntries(paragraphs.map((p) => [p.id, 'A paragraph of narrative around the figures. '.repeat(20)])),
      figures,
      figuresComputedAt: now.toISOString(),
      version: 1,
      sections: sectionsOf(paragraphs, figures.groups),
      abilities: { update: true },
    };
    const figureCount = figures.groups.reduce((n, g) => n + g.figures.length, 0);
    const docx = await timed(`DOCX, ${label}`, RUNS, () => renderReportDocx(view, 'en'));
    await timed(`XLSX, ${label}`, RUNS, () => renderReportXlsx(view, 'en'));
    console.log(`report: ${label}: ${figures.groups.length} groups, ${figureCount} figures, DOCX ${Math.round(docx.length / 1024)} KiB`);
  }
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
