// The Secretary-General's report in the browser (issue 14 §3), in English and Arabic (right to left): CTED's
// coordinator generates the report for a reporting year, follows a figure to the records behind it and opens the
// activity counted, writes the text of a paragraph and saves it (still there after a reload), and downloads the DOCX,
// which the test unzips to find the figure's number and the paragraph. Axe runs on the report pages. Screenshots:
// test-results/screenshots/{lang}-report*.png.
//
// What the report counts is seeded through the API: UNOCT's officer records a public workshop on victims of terrorism
// with participants, dated inside the period (each language its own reporting year, so the two runs do not count each
// other's workshop). The figures are counts of synthetic test records, standing for what users enter.
import { readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, test, type BrowserContext, type Page } from '@playwright/test';
import JSZip from 'jszip';
import {
  apiGet,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  FLOW_LANGS,
  fullPageShot,
  mainHeading,
  msg,
  seededPerson,
  signInThroughApi,
  signInThroughPage,
  type Lang,
} from './support.ts';

interface Figure {
  id: string;
  unit: 'count' | 'usd' | 'days';
  value: number | string | null;
  suppressed: boolean;
  label: { kind: string; key: string; text?: string };
}
interface ReportView {
  id: string;
  title: string;
  sections: { id: string; number: number | string; text: string; groupIds: string[] }[];
  figures: { groups: { id: string; figures: Figure[] }[] };
  narrative: Record<string, string>;
}

const PERIODS: Record<(typeof FLOW_LANGS)[number], { from: string; to: string; workshop: string }> = {
  en: { from: '2013-07-01', to: '2014-06-30', workshop: '2014-03-11' },
  ar: { from: '2014-07-01', to: '2015-06-30', workshop: '2015-02-17' },
};

const NARRATIVE: Record<(typeof FLOW_LANGS)[number], string> = {
  en: 'During the period, national workshops supported States in assisting victims of terrorism.',
  ar: 'خلال الفترة، دعمت حلقات عمل وطنية الدول في مساعدة ضحايا الإرهاب.',
};

const unwrap = <T>(body: unknown): T => ((body as { data?: T }).data ?? body) as T;

/** The digits of a count as the page's language may write them (Western or Arabic-Indic). */
const numberForms = (lang: Lang, n: number) => [...new Set([String(n), new Intl.NumberFormat(lang).format(n)])];

for (const lang of FLOW_LANGS) {
  test.describe.serial(`the Secretary-General's report (${lang})`, () => {
    const run = Date.now().toString(36);
    const period = PERIODS[lang];
    const reportTitle = lang === 'ar' ? `تقرير الأمين العام ${period.to.slice(0, 4)} (${run})` : `Report of the Secretary-General ${period.to.slice(0, 4)} (${run})`;
    const workshopTitle = `E2E workshop on victims of terrorism (${lang}, ${run})`;
    let context: BrowserContext;
    let page: Page;
    let reportId = '';
    let victims: Figure | null = null;

    test.beforeAll(async ({ browser, baseURL }) => {
      const api = await playwrightRequest.newContext({ baseURL });
      try {
        const csrf = await signInThroughApi(api, seededPerson('otherOfficer'));
        const res = await api.post('/api/v1/activities', {
          headers: { 'x-csrf-token': csrf },
          data: {
            title: workshopTitle,
            kind: 'national-workshop',
            status: 'completed',
            stateCodes: ['AFG'],
            themes: ['victims'],
            mandates: ['68/187/OP8'],
            startDate: period.workshop,
            endDate: period.workshop,
            place: { city: 'Kabul', countryCode: 'AFG' },
            languages: ['en'],
            participants: { total: 12, bySex: { female: 7, male: 5, otherOrUndisclosed: 0 } },
            confidentiality: 'public',
          },
        });
        expect(res.status(), await res.text()).toBe(201);
      } finally {
        await api.dispose();
      }
      context = await browser.newContext({ acceptDownloads: true });
      // The reader chose the page's language (else signing in would switch to the coordinator's profile language).
      await context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
      page = await context.newPage();
    });

    test.afterAll(async () => {
      await context?.close();
    });

    test('the coordinator generates the report for a period; wrong input is refused', async () => {
      await signInThroughPage(page, lang, seededPerson('coordinator'), '/');
      await page.getByRole('navigation', { name: msg(lang, 'nav.label') }).getByRole('link', { name: msg(lang, 'reports.nav'), exact: true }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'reports.title'));

      const form = page.locator('form').filter({ has: page.getByLabel(msg(lang, 'reports.fields.mandateSet'), { exact: true }) });
      await expect(page.getByLabel(msg(lang, 'reports.fields.mandateSet'), { exact: true })).toHaveValue('68/187');
      // An empty title and a period ending before it starts: both said, nothing created.
      await page.getByLabel(msg(lang, 'reports.fields.periodFrom'), { exact: true }).fill(period.to);
      await page.getByLabel(msg(lang, 'reports.fields.periodTo'), { exact: true }).fill(period.from);
      await form.getByRole('button', { name: msg(lang, 'reports.new.submit') }).click();
      await expect(page.getByRole('alert')).toContainText(msg(lang, 'form.fixFields'));
      await expect(page.getByLabel(msg(lang, 'reports.fields.title'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel(msg(lang, 'reports.fields.periodTo'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.field-error')).toContainText([msg(lang, 'issues.required'), msg(lang, 'issues.end_before_start')]);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'reports-form-errors');

      await page.getByLabel(msg(lang, 'reports.fields.title'), { exact: true }).fill(reportTitle);
      await page.getByLabel(msg(lang, 'reports.fields.periodFrom'), { exact: true }).fill(period.from);
      await page.getByLabel(msg(lang, 'reports.fields.periodTo'), { exact: true }).fill(period.to);
      await page.getByLabel(msg(lang, 'reports.fields.language'), { exact: true }).selectOption(lang);
      await form.getByRole('button', { name: msg(lang, 'reports.new.submit') }).click();

      await expect(mainHeading(page)).toHaveText(reportTitle, { timeout: 30_000 });
      reportId = /\/reports\/([^/?]+)/.exec(page.url())?.[1] ?? '';
      expect(reportId).not.toBe('');
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'reports.report.created') })).toBeVisible();
      await expect(page.getByTestId('computed-at')).not.toBeEmpty();

      // The report follows the resolution's paragraphs: the first is operative paragraph 1.
      const view = unwrap<ReportView>(await apiGet(page, `/api/v1/reports/${reportId}`));
      await expect(page.locator('section.report-section h2').first()).toContainText(
        msg(lang, 'reports.section.paragraph', { number: String(view.sections[0]!.number) }),
      );
      victims = view.figures.groups.flatMap((g) => g.figures).find((f) => f.label.kind === 'theme' && f.label.key === 'victims') ?? null;
      expect(victims, 'a figure of activities on victims').not.toBeNull();
      expect(victims!.suppressed).toBe(false);
      expect(Number(victims!.value)).toBeGreaterThanOrEqual(1);
      // Breakdowns are drawn, with the same figures in a table.
      await expect(page.getByTestId('bar-chart').first()).toBeVisible();
    });

    test('the report page has no axe violations, fits the screen, and is captured', async () => {
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await fullPageShot(page, lang, 'report');
    });

    test('a figure leads to the records behind it, and on to the activity', async () => {
      const link = page.locator(`a[data-figure="${victims!.id}"]`);
      await expect(link).toHaveText(new RegExp(`^(${numberForms(lang, Number(victims!.value)).join('|')})$`));
      await link.click();
      await expect(mainHeading(page)).toContainText(msg(lang, 'assistance.theme.victims'));
      await expect(page.getByTestId('figure-records')).toContainText(workshopTitle);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'report-figure');
      await page.getByTestId('figure-records').getByRole('link', { name: workshopTitle }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/activities/[0-9a-f-]{36}$`));
      await expect(mainHeading(page)).toHaveText(workshopTitle);
    });

    test('the coordinator writes a paragraph and saves it; it is still there after a reload', async () => {
      await page.goto(`/${lang}/reports/${reportId}`);
      await expect(mainHeading(page)).toHaveText(reportTitle);
      const first = page.locator('section.report-section').first();
      const text = first.locator('textarea');
      await text.fill(NARRATIVE[lang]);
      await first.locator('button[type="submit"]').click();
      await expect(first.getByRole('status')).toHaveText(msg(lang, 'reports.narrative.saved'));
      await page.reload();
      await expect(mainHeading(page)).toHaveText(reportTitle);
      await expect(page.locator('section.report-section').first().locator('textarea')).toHaveValue(NARRATIVE[lang]);
    });

    test("refreshing recounts the figures and keeps the text; a save after a colleague's keeps one's text and says why", async () => {
      const before = await page.getByTestId('computed-at').locator('time').getAttribute('datetime');
      await page.getByRole('button', { name: msg(lang, 'reports.report.refresh') }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'reports.report.refreshed', { time: '' }).split(/[:：]/)[0]! })).toBeVisible();
      await expect(page.getByTestId('computed-at').locator('time')).not.toHaveAttribute('datetime', before ?? '');
      const first = page.locator('section.report-section').first();
      await expect(first.locator('textarea')).toHaveValue(NARRATIVE[lang]);

      // A colleague saves the second paragraph's text meanwhile (through the API, on the version this page holds).
      const current = await page.request.get(`/api/v1/reports/${reportId}`);
      const session = unwrap<{ csrfToken: string }>(await (await page.request.get('/api/v1/auth/session')).json());
      const colleague = await page.request.patch(`/api/v1/reports/${reportId}`, {
        headers: { 'if-match': current.headers().etag!, 'x-csrf-token': session.csrfToken },
        data: { narrative: { [unwrap<ReportView>(await current.json()).sections[1]!.id]: 'A colleague’s text.' } },
      });
      expect(colleague.status(), await colleague.text()).toBe(200);
      const mine = `${NARRATIVE[lang]} (2)`;
      await first.locator('textarea').fill(mine);
      await first.locator('button[type="submit"]').click();
      await expect(first.getByRole('alert')).toContainText(msg(lang, 'reports.narrative.conflict'));
      await expect(first.locator('textarea')).toHaveValue(mine);
      // Keeping one's change over the colleague's version saves it, and theirs stays.
      await first.getByRole('button', { name: msg(lang, 'concurrency.reapply') }).click();
      await first.locator('button[type="submit"]').click();
      await expect(first.getByRole('status')).toHaveText(msg(lang, 'reports.narrative.saved'));
      const saved = unwrap<ReportView>(await apiGet(page, `/api/v1/reports/${reportId}`));
      expect(Object.values(saved.narrative)).toEqual(expect.arrayContaining([mine, 'A colleague’s text.']));
      await first.locator('textarea').fill(NARRATIVE[lang]);
      await first.locator('button[type="submit"]').click();
      await expect(first.getByRole('status')).toHaveText(msg(lang, 'reports.narrative.saved'));
    });

    test('the DOCX holds the figure and the paragraph', async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: msg(lang, 'reports.report.downloadDocx') }).click();
      const download = await downloading;
      const file = await download.path();
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      // Words may be split into runs: compare the text of the runs joined.
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).toContain(NARRATIVE[lang].replace(/&/g, '&amp;'));
      expect(text).toContain(reportTitle);
      const forms = numberForms(lang, Number(victims!.value));
      const victimsName = msg(lang, 'assistance.theme.victims');
      // The victims row: its label, then its number.
      expect(forms.some((n) => new RegExp(`${victimsName}[^0-9٠-٩]{0,200}${n}(?![0-9٠-٩])`).test(text)), `${victimsName} ${forms.join('/')} in the DOCX`).toBe(true);
    });
  });
}
