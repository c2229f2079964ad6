// International cooperation (issue 11 §2): from a State profile to the legal-basis finder, an answer the shipped data
// fixes (Afghanistan and France, both party to the Terrorist Financing Convention: its art. 11 for extradition, art. 12
// for mutual legal assistance, with both States' acts and sources), a date before any treaty covering the conduct
// (no treaty basis), and the pair view with its blind spots. In English, Arabic (right to left) and Chinese. Expected
// texts come from i18n/*.json and expected facts from the API, which the test first checks against the data.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  SCREENSHOT_DIR,
  type Lang,
  type Names,
} from './support.ts';

const COOPERATION_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];

interface ActApi {
  kind: string;
  date: string | null;
  source: { publisher: string; title: string; url: string | null; asOf: string | null };
}
interface EvidenceApi {
  state: string;
  status: string;
  consent: ActApi | null;
  signature: ActApi | null;
  inForceFrom: string | null;
}
interface AnswerApi {
  data: {
    asOf: string;
    requesting: { code: string; names: Names };
    requested: { code: string; names: Names };
    applicable: {
      instrument: { id: string; titles: Names };
      provisions: { kind: string; article: string; articlePath: string | null; verified: boolean }[];
      evidence: { requesting: EvidenceApi; requested: EvidenceApi };
      caveats: { code: string }[];
    }[];
    nearMisses: { instrument: { id: string }; state: string; reason: string }[];
    noTreatyBasis: boolean;
    authorities: { id: string }[];
  };
}
interface PairsApi {
  data: { asOf: string; states: { code: string; names: Names }[]; cells: string; blindSpots: number; instrumentIds: string[] };
}

const answerUrl = (q: Record<string, string>) => `/api/v1/cooperation/legal-basis?${new URLSearchParams(q)}`;
const FINANCING = { from: 'AFG', to: 'FRA', conduct: 'terrorist-financing' };

/** A full-page picture in each script: left to right (en), right to left (ar), and Chinese. */
async function shot(page: Page, lang: Lang, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-${name}.png`), fullPage: true, animations: 'disabled' });
}

/** The rows of one treaty's evidence table, by role. */
const evidenceRow = (page: Page, instrumentId: string, role: 'requesting' | 'requested') =>
  page.locator(`article.treaty-answer[data-instrument="${instrumentId}"] tbody tr[data-role="${role}"]`);

for (const lang of COOPERATION_LANGS) {
  test.describe(`legal-basis finder (${lang})`, () => {
    let page: Page;
    let errors: string[];
    let extradition: AnswerApi['data'];
    let mla: AnswerApi['data'];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      extradition = (await apiGet<AnswerApi>(page, answerUrl({ ...FINANCING, kind: 'extradition' }))).data;
      mla = (await apiGet<AnswerApi>(page, answerUrl({ ...FINANCING, kind: 'mla' }))).data;
      await page.goto(`/${lang}/states/AFG`);
    });

    test('the API answers from the shipped data: both party to the Financing Convention, art. 11 and 12', () => {
      // UNTC XVIII-11 (data/reference/untc/XVIII-11.csv): Afghanistan acceded on 24 Sep 2003, France ratified on
      // 7 Jan 2002; the convention entered into force on 10 Apr 2002, for Afghanistan on the 30th day after its deposit.
      const fin = extradition.applicable.find((a) => a.instrument.id === 'financing1999');
      expect(fin, 'financing1999 applies').toBeTruthy();
      expect(fin!.evidence.requesting).toMatchObject({ state: 'AFG', status: 'party', consent: { kind: 'accession', date: '2003-09-24' } });
      expect(fin!.evidence.requested).toMatchObject({ state: 'FRA', status: 'party', consent: { kind: 'ratification', date: '2002-01-07' } });
      expect(fin!.provisions.map((p) => p.article)).toEqual(expect.arrayContaining([expect.stringMatching(/^11/)]));
      const finMla = mla.applicable.find((a) => a.instrument.id === 'financing1999');
      expect(finMla!.provisions.map((p) => p.article)).toEqual(expect.arrayContaining([expect.stringMatching(/^12/)]));
      expect(extradition.noTreatyBasis).toBe(false);
    });

    test('the State profile links to the finder with the State prefilled', async () => {
      const box = page.locator('section[aria-labelledby="cooperation-heading"]');
      await expect(box.locator('h2')).toHaveText(msg(lang, 'finder.profile.heading'), { timeout: 20_000 });
      await expect(box.locator(`a[href="/${lang}/cooperation/authorities?state=AFG"]`)).toHaveCount(1);
      await box.locator(`a[href="/${lang}/cooperation/legal-basis?from=AFG"]`).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'finder.title'));
      await expectLangDir(page, lang);
      await expect(page.getByLabel(msg(lang, 'finder.form.from'), { exact: true })).toHaveValue('AFG');
      await expect(page.getByText(msg(lang, 'finder.empty'))).toBeVisible();
    });

    test('asks for extradition about financing: the convention, art. 11 linked to its text, the evidence', async () => {
      await page.getByLabel(msg(lang, 'finder.form.to'), { exact: true }).selectOption('FRA');
      await page.getByLabel(msg(lang, 'finder.kind.extradition'), { exact: true }).check();
      await page.getByLabel(msg(lang, 'finder.form.conduct'), { exact: true }).selectOption('terrorist-financing');
      await page.getByRole('button', { name: msg(lang, 'finder.form.submit') }).click();
      await expect(page).toHaveURL(/from=AFG&to=FRA&kind=extradition&conduct=terrorist-financing$/);

      const fin = extradition.applicable.find((a) => a.instrument.id === 'financing1999')!;
      const treaty = page.locator('article.treaty-answer[data-instrument="financing1999"]');
      await expect(treaty.locator('h3')).toHaveText(nameIn(fin.instrument.titles, lang), { timeout: 20_000 });
      await expect(page.locator('article.treaty-answer')).toHaveCount(extradition.applicable.length);
      // Every article the API cites, each linked to its text where Accord holds it; art. 11 among them.
      await expect(treaty.locator('ul.provisions > li')).toHaveCount(fin.provisions.length);
      const art11 = treaty.locator('ul.provisions > li[data-article^="11"]').first();
      await expect(art11.locator(`a[href="/${lang}/instruments/financing1999/articles/11"]`)).toHaveCount(1);
      await expect(art11).toContainText('11');
      const unverified = fin.provisions.filter((p) => !p.verified).length;
      await expect(treaty.locator('.badge-unverified')).toHaveCount(unverified);

      // The evidence: both States' status, act with its date, entry into force and source.
      for (const role of ['requesting', 'requested'] as const) {
        const e = fin.evidence[role];
        const row = evidenceRow(page, 'financing1999', role);
        await expect(row.locator('.status')).toHaveClass(/\bstatus-party\b/);
        await expect(row).toContainText(msg(lang, `eventKind.${e.consent!.kind}`));
        await expect(row.locator(`time[datetime="${e.consent!.date}"]`)).toHaveCount(1);
        if (e.inForceFrom) await expect(row.locator(`time[datetime="${e.inForceFrom}"]`).first()).toBeVisible();
        await expect(row).toContainText(e.consent!.source.publisher);
        await expect(row).toContainText(e.consent!.source.title);
      }
      // Caveats in the reader's language, from their codes.
      for (const c of fin.caveats) await expect(treaty.locator(`.caveats li[data-code="${c.code}"]`)).toContainText(msg(lang, `finder.caveat.${c.code}`));
      await expect(page.locator('.near-misses > li')).toHaveCount(extradition.nearMisses.length);
    });

    test('names whom to ask; starting a request is left to signed-in practitioners', async () => {
      await expect(page.locator(`a[href="/${lang}/cooperation/authorities?state=FRA"]`)).toHaveCount(1);
      await expect(page.locator('.authorities > li')).toHaveCount(extradition.authorities.length);
      await expect(page.locator('.start-request')).toHaveCount(0);
    });

    test('the finder answer has no axe violations, fits the viewport and is captured', async () => {
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await shot(page, lang, 'finder-AFG-FRA');
    });

    test('mutual legal assistance cites art. 12', async () => {
      await page.getByLabel(msg(lang, 'finder.kind.mla'), { exact: true }).check();
      await page.getByRole('button', { name: msg(lang, 'finder.form.submit') }).click();
      await expect(page).toHaveURL(/kind=mla/);
      const treaty = page.locator('article.treaty-answer[data-instrument="financing1999"]');
      await expect(treaty.locator(`a[href="/${lang}/instruments/financing1999/articles/12"]`).first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('article.treaty-answer')).toHaveCount(mla.applicable.length);
    });

    test('before any treaty covering the conduct, says there is no treaty basis and what remains', async () => {
      // 1 Jan 1995: the Financing Convention (1999) and the Organized Crime Convention (2000) did not exist yet.
      const old = (await apiGet<AnswerApi>(page, answerUrl({ ...FINANCING, kind: 'extradition', asOf: '1995-01-01' }))).data;
      expect(old.noTreatyBasis).toBe(true);
      expect(old.applicable).toEqual([]);
      await page.goto(`/${lang}/cooperation/legal-basis?from=AFG&to=FRA&kind=extradition&conduct=terrorist-financing&asOf=1995-01-01`);
      await expect(page.locator('.no-basis h3')).toHaveText(msg(lang, 'finder.noBasis.heading'), { timeout: 20_000 });
      await expect(page.locator('article.treaty-answer')).toHaveCount(0);
      await expect(page.getByLabel(msg(lang, 'finder.form.date'), { exact: true })).toHaveValue('1995-01-01');
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });

  test.describe(`pair view (${lang})`, () => {
    let page: Page;
    let errors: string[];
    let view: PairsApi['data'];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      view = (await apiGet<PairsApi>(page, '/api/v1/cooperation/pairs?kind=extradition&conduct=terrorist-financing')).data;
      await page.goto(`/${lang}/cooperation/pairs?conduct=terrorist-financing&kind=extradition`);
    });

    test('draws every pair of States on one canvas, with its legend', async () => {
      const n = view.states.length;
      expect(n).toBeGreaterThan(190);
      expect(view.cells.length).toBe(n * n);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'pairs.title'), { timeout: 20_000 });
      await expectLangDir(page, lang);
      const canvas = page.locator('canvas.pairs-canvas');
      await expect(canvas).toHaveAttribute('width', String(n), { timeout: 20_000 });
      await expect(canvas).toHaveAttribute('aria-label', msg(lang, 'pairs.grid.label'));
      await expect(page.locator('.pairs-legend > li')).toHaveCount(6);
      await expect(page.locator('.pairs-legend > li[data-class="zero"]')).toContainText(msg(lang, 'pairs.legend.zero'));
    });

    test('pointing at a cell names the pair; clicking it opens the finder for that pair', async () => {
      const n = view.states.length;
      const row = view.states.findIndex((s) => s.code === 'AFG');
      const col = view.states.findIndex((s) => s.code === 'FRA');
      const canvas = page.locator('canvas.pairs-canvas');
      await canvas.scrollIntoViewIfNeeded();
      const box = (await canvas.boundingBox())!;
      const cell = box.width / n;
      // Right to left, the first requested State is at the right.
      const x = lang === 'ar' ? box.width - (col + 0.5) * cell : (col + 0.5) * cell;
      const y = (row + 0.5) * cell;
      await canvas.hover({ position: { x, y } });
      const readout = page.locator('.pairs-readout');
      await expect(readout).toContainText(nameIn(view.states[row]!.names, lang));
      await expect(readout).toContainText(nameIn(view.states[col]!.names, lang));
      await shot(page, lang, 'pairs');
      await canvas.click({ position: { x, y } });
      await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/legal-basis\\?from=AFG&to=FRA&kind=extradition&conduct=terrorist-financing&asOf=${view.asOf}`));
      await expect(page.locator('article.treaty-answer[data-instrument="financing1999"]')).toBeVisible({ timeout: 20_000 });
      await page.goBack();
      await expect(page.locator('canvas.pairs-canvas')).toBeVisible({ timeout: 20_000 });
    });

    test('one State’s pairs as a table, each linked to the finder', async () => {
      await page.getByLabel(msg(lang, 'pairs.row.state'), { exact: true }).selectOption('AFG');
      await expect(page).toHaveURL(/state=AFG/);
      const rows = page.locator('section.pairs-row tbody tr');
      await expect(rows).toHaveCount(view.states.length - 1);
      const fra = rows.filter({ has: page.locator(`th a[href^="/${lang}/states/FRA"]`) });
      await expect(fra.locator(`a[href*="legal-basis?from=AFG&to=FRA"]`)).toHaveCount(1);
      await expect(fra.locator(`a[href*="legal-basis?from=FRA&to=AFG"]`)).toHaveCount(1);
    });

    test('lists the blind spots by requesting State, each opening to its States', async () => {
      const n = view.states.length;
      const groups = new Map<string, string[]>();
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (i !== j && view.cells[i * n + j] === '0') groups.set(view.states[i]!.code, [...(groups.get(view.states[i]!.code) ?? []), view.states[j]!.code]);
        }
      }
      expect([...groups.values()].reduce((s, g) => s + g.length, 0)).toBe(view.blindSpots);
      await expect(page.locator('.blind-spots h2')).toHaveText(msg(lang, 'pairs.blind.heading'));
      await expect(page.locator('.blind-spots details')).toHaveCount(groups.size);
      const [code, requested] = [...groups.entries()][0] ?? [];
      if (code && requested) {
        const group = page.locator(`.blind-spots details[data-state="${code}"]`);
        await group.locator('summary').click();
        await expect(group.locator('li a')).toHaveCount(requested.length);
        await expect(group.locator(`a[href*="legal-basis?from=${code}&to=${requested[0]}"]`)).toHaveCount(1);
      }
    });

    test('offers the pair view as CSV and XLSX with the same question', async () => {
      for (const format of ['csv', 'xlsx']) {
        const link = page.locator(`.exports a[href^="/api/v1/cooperation/pairs.${format}?"]`);
        // In the reader's language (names and headers of the file).
        await expect(link).toHaveAttribute('href', `/api/v1/cooperation/pairs.${format}?conduct=terrorist-financing&kind=extradition&lang=${lang}`);
        if (lang === 'en') {
          const res = await page.request.get((await link.getAttribute('href'))!);
          expect(res.status(), format).toBe(200);
        }
      }
    });

    test('has no axe violations and fits the viewport', async () => {
      await expectNoAxeViolations(page, ['.blind-spots details:nth-of-type(n+20)', 'section.pairs-row tbody tr:nth-child(n+20)']);
      await expectNoHorizontalOverflow(page);
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}

test('the finder answer prints on one page, without the form', async ({ page }) => {
  await page.goto('/en/cooperation/legal-basis?from=AFG&to=FRA&kind=extradition&conduct=terrorist-financing');
  await expect(page.locator('article.treaty-answer[data-instrument="financing1999"]')).toBeVisible({ timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.finder-form')).toBeHidden();
  await expect(page.locator('.main-nav')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length, 'pages printed').toBe(1);
});
