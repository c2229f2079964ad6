// An instrument page (Terrorist Financing Convention): facts (unknown ones said to be unknown), counts, the
// parties-over-time chart, the map and the list of participants with its status filter.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  formatDate,
  formatNumber,
  fullPageShot,
  LANGS,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  type Names,
} from './support.ts';

interface InstrumentApi {
  data: {
    asOf: string;
    instrument: Record<string, unknown> & { id: string; shortNames: Names; titles: Names };
    counts: { parties: number; signatories: number; withdrawn: number };
    participants: { participantCode: string; status: string; consentKind: string | null; consentDate: string | null }[];
  };
}
interface PartyCountsApi {
  data: { date: string; parties: number }[];
}

/** The facts shown as "unknown" when the API has no value, keyed by catalogue label. */
const FACTS: [label: string, field: string][] = [
  ['instrument.facts.adopted', 'adoptedDate'],
  ['instrument.facts.adoptedPlace', 'adoptedPlace'],
  ['instrument.facts.openedForSignature', 'openedForSignature'],
  ['instrument.facts.entryIntoForce', 'entryIntoForce'],
  ['instrument.facts.eifRule', 'eifRule'],
  ['instrument.facts.depositary', 'depositary'],
  ['instrument.facts.untcRef', 'untcRef'],
];

const fact = (page: Page, lang: string, labelKey: string): Locator =>
  page
    .locator('dl.facts > div')
    .filter({ has: page.locator('dt').getByText(msg(lang, labelKey), { exact: true }) })
    .locator('dd');

/** Every fact: "unknown" exactly where the API has no value. */
async function expectFactsAsInApi(page: Page, lang: string, instrument: Record<string, unknown>): Promise<number> {
  let unknown = 0;
  for (const [label, field] of FACTS) {
    const dd = fact(page, lang, label);
    await expect(dd, field).toHaveCount(1);
    if (instrument[field] === null || instrument[field] === undefined) {
      unknown++;
      await expect(dd.locator('.unknown'), field).toHaveText(msg(lang, 'common.unknown'));
    } else {
      await expect(dd, field).not.toHaveText(msg(lang, 'common.unknown'));
      await expect(dd.locator('.unknown'), field).toHaveCount(0);
    }
  }
  return unknown;
}

for (const lang of LANGS) {
  test.describe(`instrument page (${lang})`, () => {
    let page: Page;
    let errors: string[];
    let view: InstrumentApi['data'];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      view = (await apiGet<InstrumentApi>(page, '/api/v1/instruments/financing1999')).data;
      await page.goto(`/${lang}/instruments/financing1999`);
    });

    test('is headed by the short name, with lang and dir', async () => {
      const short = nameIn(view.instrument.shortNames, lang);
      await expect(mainHeading(page)).toHaveText(short, { timeout: 15_000 });
      await expectLangDir(page, lang);
      // A name without a translation is marked as English, so that screen readers pronounce it right.
      if (!view.instrument.shortNames[lang]) {
        await expect(mainHeading(page).locator('span')).toHaveAttribute('lang', 'en');
      }
      // The title under the heading, unless the heading already is the title (no short name in the language).
      const title = nameIn(view.instrument.titles, lang);
      if (title === short) await expect(page.locator('article.instrument .lead')).toHaveCount(0);
      else await expect(page.locator('article.instrument .lead')).toHaveText(title);
    });

    test('shows the facts of the convention', async () => {
      expect(await expectFactsAsInApi(page, lang, view.instrument)).toBe(0);
      const adopted = fact(page, lang, 'instrument.facts.adopted');
      await expect(adopted.locator('time')).toHaveAttribute('datetime', '1999-12-09');
      await expect(adopted).toHaveText(await formatDate(page, '1999-12-09'));
      await expect(fact(page, lang, 'instrument.facts.entryIntoForce').locator('time')).toHaveAttribute(
        'datetime',
        '2002-04-10',
      );
      await expect(fact(page, lang, 'instrument.facts.depositary')).toHaveText('UN Secretary-General');
      await expect(fact(page, lang, 'instrument.facts.untcRef')).toHaveText('XVIII-11');
      await expect(fact(page, lang, 'instrument.statusListAsOf').locator('time')).toHaveAttribute(
        'datetime',
        String(view.instrument.statusListAsOf),
      );
    });

    test('counts parties and signatories as the API does', async () => {
      expect(view.counts.parties).toBeGreaterThan(180);
      const dds = page.locator('dl.totals dd');
      await expect(dds.nth(0)).toHaveText(await formatNumber(page, view.counts.parties));
      await expect(dds.nth(1)).toHaveText(await formatNumber(page, view.counts.signatories));
      await expect(dds.nth(2)).toHaveText(await formatNumber(page, view.counts.withdrawn));
    });

    test('draws the parties over time, with the figures as a table', async () => {
      const points = (await apiGet<PartyCountsApi>(page, '/api/v1/instruments/financing1999/party-counts')).data;
      const last = points.at(-1)!;
      const chart = page.locator('figure.chart');
      const svg = chart.locator('svg.line-chart');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('role', 'img');
      // The label ends on the latest count, formatted in the language.
      await expect(svg).toHaveAttribute('aria-label', new RegExp(await formatNumber(page, last.parties)));
      // A step line with one step per date on which the count changed.
      const d = (await chart.locator('path.series').getAttribute('d'))!;
      expect(d.match(/V/g)?.length).toBe(points.length);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(100);
      // Time runs left to right in every language.
      await expect(svg).toHaveAttribute('direction', 'ltr');

      await chart.locator('summary').click();
      const rows = chart.locator('details table tbody tr');
      await expect(rows.first()).toBeVisible();
      await expect(rows).toHaveCount(new Set(points.map((p) => p.date.slice(0, 4))).size);
      await expect(rows.last().locator('td')).toHaveText(await formatNumber(page, last.parties));
    });

    test('shows the map of statuses', async () => {
      const map = page.locator('svg.world-map');
      await expect(map).toBeVisible({ timeout: 15_000 });
      expect(await map.locator('path.map-region').count()).toBeGreaterThan(150);
    });

    test('lists every State with its status, and filters by status', async () => {
      const heading = page.getByRole('heading', { name: msg(lang, 'instrument.participants.heading') });
      const section = page.locator('section').filter({ has: heading });
      const rows = section.locator('tbody tr');
      await expect(rows).toHaveCount(view.participants.length);
      const afg = rows.filter({ has: page.locator(`th a[href^="/${lang}/states/AFG"]`) });
      await expect(afg.locator('td .status')).toHaveClass(/\bstatus-party\b/);
      await expect(afg.locator('td').nth(3)).toHaveText(
        `${msg(lang, 'eventKind.accession')}${msg(lang, 'common.separator')}${await formatDate(page, '2003-09-24')}`,
      );

      await section.getByLabel(msg(lang, 'instrument.participants.filter'), { exact: true }).selectOption('party');
      await expect(page).toHaveURL(/[?&]status=party(&|$)/);
      await expect(rows).toHaveCount(view.counts.parties);
      const classes = await section.locator('tbody td .status').evaluateAll((els) => els.map((e) => e.className));
      expect(classes.every((c) => /\bstatus-party\b/.test(c))).toBe(true);

      await section.getByLabel(msg(lang, 'instrument.participants.filter'), { exact: true }).selectOption('signatory');
      await expect(rows).toHaveCount(view.counts.signatories);
      await section.getByLabel(msg(lang, 'instrument.participants.filter'), { exact: true }).selectOption('');
      await expect(rows).toHaveCount(view.participants.length);
    });

    test('has no axe violations', async () => {
      // Of the ~190 parties, the first 20 stand for the others; every row of another status is checked.
      const excluded = 'table.data-table tbody tr:nth-child(n+21):has(.status-party)';
      const kept = await page
        .locator('table.data-table tbody tr:not(:nth-child(n+21):has(.status-party)) td .status')
        .evaluateAll((els) => els.map((e) => e.className));
      expect(kept.some((c) => c.includes('status-none'))).toBe(true);
      expect(kept.some((c) => c.includes('status-signatory'))).toBe(true);
      await expectNoAxeViolations(page, [excluded]);
    });

    test('fits the viewport and is captured', async () => {
      await expectNoHorizontalOverflow(page);
      await fullPageShot(page, lang, 'instrument-financing1999');
    });

    test('says "unknown" for the facts Accord does not have (Hostages Convention: opening for signature)', async () => {
      const hostages = (await apiGet<InstrumentApi>(page, '/api/v1/instruments/hostages1979')).data;
      expect(hostages.instrument.openedForSignature).toBeNull();
      await page.goto(`/${lang}/instruments/hostages1979`);
      await expect(mainHeading(page)).toHaveText(nameIn(hostages.instrument.shortNames, lang));
      expect(await expectFactsAsInApi(page, lang, hostages.instrument)).toBeGreaterThan(0);
      await expect(fact(page, lang, 'instrument.facts.openedForSignature')).toHaveText(msg(lang, 'common.unknown'));
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}
