// Dates as the UN writes them, and the State profile on a phone, in all six languages (issue 9, sections 4 and 5).
// Dates: Afghanistan as of 18 December 2013 (resolution 68/187) shows that day in sentences and its admission
// (19 November 1946) in its facts, each checked against the literal string of the language, with no "г.." in
// Russian, Chinese dates on one line and every date isolated from the text around it.
// Phones (390 × 844): the header and the as-of bar within a quarter of the screen, the first screen showing data,
// the participation table stacked (no sideways scroll, no clipped date), no layout shift, and axe clean.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, mainHeading, msg, SCREENSHOT_DIR } from './support.ts';

const ALL_LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type AnyLang = (typeof ALL_LANGS)[number];

const PHONE = { width: 390, height: 844 };
/** A quarter of the phone's height: the most the header and the as-of bar may take together. */
const TOP_BARS_MAX_PX = Math.floor(PHONE.height / 4);

// The same dates, as each language writes them. Medium in tables and facts, long in sentences.
const EXPECTED: Record<AnyLang, { resolutionDay: string; admission: string }> = {
  en: { resolutionDay: '18 December 2013', admission: '19 Nov 1946' },
  fr: { resolutionDay: '18 décembre 2013', admission: '19 nov. 1946' },
  es: { resolutionDay: '18 de diciembre de 2013', admission: '19 nov 1946' },
  ru: { resolutionDay: '18 декабря 2013 года', admission: '19 нояб. 1946' },
  zh: { resolutionDay: '2013年12月18日', admission: '1946年11月19日' },
  ar: { resolutionDay: '18 ديسمبر 2013', admission: '19 نوفمبر 1946' },
};

async function open(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** The `<dd>` of a fact in the State's facts list, by the `<dt>` message. */
const fact = (page: Page, lang: string, key: string) =>
  page.locator('dl.facts > div').filter({ has: page.getByText(msg(lang, key), { exact: true }) }).locator('dd');

for (const lang of ALL_LANGS) {
  test.describe(`dates (${lang})`, () => {
    test.describe.configure({ mode: 'serial' });
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    test.beforeAll(async ({ browser }) => {
      ({ context, page, errors } = await open(browser, { width: 1280, height: 800 }));
      await page.goto(`/${lang}/states/AFG?asOf=2013-12-18`);
      await expect(mainHeading(page)).toBeVisible({ timeout: 20_000 });
    });
    test.afterAll(() => context.close());

    test('sentences give the day as the UN writes it', async () => {
      const day = EXPECTED[lang].resolutionDay;
      await expect(page.locator('.as-of-state')).toHaveText(msg(lang, 'asOf.showing', { date: day }));
      await expect(page.locator('.as-of-state time')).toHaveAttribute('datetime', '2013-12-18');
      await expect(page.locator('main .lead time')).toHaveText(day);
      await expect(page.locator('section[aria-labelledby="participation-heading"] caption')).toHaveText(
        msg(lang, 'common.statusAsOf', { date: day }),
      );
    });

    test('facts and tables give the short form, day first', async () => {
      await expect(fact(page, lang, 'state.details.memberSince').locator('time')).toHaveText(EXPECTED[lang].admission);
      await expect(fact(page, lang, 'state.details.memberSince').locator('time')).toHaveAttribute('datetime', '1946-11-19');
    });

    test('no doubled full stop, no "г..", no month before the day in English', async () => {
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/г\.\s*\./u);
      expect(text).not.toMatch(/[^.]\.\.(?!\.)/u); // an ellipsis "…" or "..." is not a doubled stop
      if (lang === 'en') expect(text).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{1,2}, \d{4}/u);
    });

    test('every date is one isolated, unbroken run', async () => {
      const styles = await page.locator('time').evaluateAll((times) =>
        times.map((t) => {
          const s = getComputedStyle(t);
          // One box per direction run in Arabic ("18 ديسمبر 2013" is three): count the lines they stand on.
          const tops = new Set([...t.getClientRects()].map((r) => Math.round(r.top)));
          return { text: t.textContent, whiteSpace: s.whiteSpace, bidi: s.unicodeBidi, lines: tops.size };
        }),
      );
      expect(styles.length).toBeGreaterThan(10);
      for (const s of styles) {
        expect(s.whiteSpace, s.text!).toBe('nowrap');
        expect(s.bidi, s.text!).toBe('isolate');
        // A date on one line: never "2013年12" at the end of a line and "月18日" on the next.
        expect(s.lines, s.text!).toBe(1);
      }
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });

  test.describe(`State profile on a phone (${lang})`, () => {
    test.describe.configure({ mode: 'serial' });
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    test.beforeAll(async ({ browser }) => {
      ({ context, page, errors } = await open(browser, PHONE));
      // Layout shifts from the very start (the sign-in slot, the data arriving), for the CLS check.
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/${lang}/states/AFG`);
      await expect(mainHeading(page)).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.user-menu .sign-in-link:not(.user-menu-placeholder)')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
    });
    test.afterAll(() => context.close());

    test('nothing shifts while the page loads: the sign-in slot is held, the language set before paint (CLS < 0.1)', async () => {
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls).toBeLessThan(0.1);
    });

    test(`the header and the as-of bar take at most ${TOP_BARS_MAX_PX} px, and the first screen shows data`, async () => {
      const { bars, lead } = await page.evaluate(() => ({
        bars: Math.max(
          document.querySelector('.site-header')!.getBoundingClientRect().bottom,
          document.querySelector('.toolbar')!.getBoundingClientRect().bottom,
        ),
        lead: document.querySelector('main .lead')!.getBoundingClientRect().bottom,
      }));
      expect(bars).toBeLessThanOrEqual(TOP_BARS_MAX_PX);
      // The State's name and its summary (instruments joined, as of when) are on the first screen.
      expect(lead).toBeLessThanOrEqual(PHONE.height);
    });

    test('the as-of bar opens to change the date, and closes once a date is chosen', async () => {
      const toggle = page.locator('.as-of-toggle');
      await expect(toggle).toHaveText(msg(lang, 'asOf.change'));
      await expect(page.locator('.as-of input[type="date"]')).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('.as-of input[type="date"]')).toBeFocused();
      await page.locator('.as-of button[aria-pressed]').click();
      await expect(page).toHaveURL(/asOf=2013-12-18$/);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.as-of-state time')).toHaveText(EXPECTED[lang].resolutionDay);
      await page.goBack();
      await expect(page).not.toHaveURL(/asOf=/);
    });

    test('the participation table is a stacked list: no sideways scroll, no clipped date', async () => {
      await expectNoHorizontalOverflow(page);
      const table = page.locator('section[aria-labelledby="participation-heading"] table');
      await expect(table).toHaveAttribute('role', 'table');
      await expect(table.locator('thead th').first()).toHaveAttribute('role', 'columnheader');
      const layout = await table.evaluate((t) => {
        const wrap = t.parentElement!;
        const firstCell = t.querySelector('tbody td[data-label]')!;
        const label = getComputedStyle(firstCell, '::before').content;
        const clipped = [...t.querySelectorAll('time')].filter((time) => {
          const r = time.getBoundingClientRect();
          return r.left < 0 || r.right > document.documentElement.clientWidth || time.scrollWidth > time.clientWidth + 1;
        });
        return {
          overflow: wrap.scrollWidth - wrap.clientWidth,
          rowDisplay: getComputedStyle(t.querySelector('tbody tr')!).display,
          label,
          clipped: clipped.map((c) => c.textContent),
          dates: t.querySelectorAll('time').length,
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.rowDisplay).toBe('block');
      expect(layout.label).toContain(msg(lang, 'state.participation.columns.status'));
      expect(layout.dates).toBeGreaterThan(5);
      expect(layout.clipped).toEqual([]);
    });

    test('has no axe violations', async () => {
      await expectNoAxeViolations(page);
    });

    if (lang === 'en' || lang === 'ar') {
      test('is captured', async () => {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-${lang}-state-profile.png`, fullPage: true });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-${lang}-state-profile-first-screen.png` });
      });
    }

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}
