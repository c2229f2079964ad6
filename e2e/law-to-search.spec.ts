// Issue 13's "done when", end to end, in English, Arabic (right to left) and Chinese: UNODC's officer uploads a
// national law as a PDF, public, about China, and maps two of its provisions to the requirements they implement; then
// records an assessment citing each (covered, partly covered) and sees China's legislation page change, with the
// evidence linked to the law; a search in Chinese and one in Arabic find it with their words highlighted; an
// anonymous reader searching the same words finds the public records only, not the officer's UN-internal one.
//
// The law: China's Counter-Terrorism Law (中华人民共和国反恐怖主义法, 2015, amended 2018), arts 11 and 70, copied from
// bench/search-corpus/sources/zh-cn-counter-terrorism-law.md (NPC text via github:LawRefBook/Laws, commit 3cd6e86b;
// see bench/search-corpus/README.md). The mappings, as an officer would defend them:
// - art. 11 gives China's courts jurisdiction over the terrorist offences defined by the treaties China is party to,
//   wherever committed: the jurisdiction a party must establish where the offender is present and not extradited
//   (`<instrument>:jurisdiction_aut_dedere`), covered;
// - art. 70 has mutual legal assistance and extradition in terrorist cases follow the relevant laws: the obligation
//   to give the greatest measure of assistance (`<instrument>:mla_obligation`) rests on those other laws, so partly
//   covered.
// Each language assesses its own instrument (China is party to all three), so each sees "not known" change. Every law
// is also tagged with the Hague Convention (1970), whose Arabic title the UN Office of Counter-Terrorism prints
// (data/reference/instrument-titles.csv): an Arabic query of that title finds the Chinese law through it.
//
// The Arabic text: operative paragraph 1 (b) of Security Council resolution 1373 (2001), as e2e/search.spec.ts cites
// it (Al-Hayat, 30 September 2001, https://sauress.com/alhayat/31103553), in a public record titled as what it is (a
// resolution, not a law), and in a UN-internal working copy held by UNODC.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoHorizontalOverflow,
  mainHeading,
  msg,
  SCREENSHOT_DIR,
  seededPerson,
  signInThroughApi,
  type Lang,
} from './support.ts';

const FLOW_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];
const RUN = Date.now().toString(36);

const ART_11 =
  '对在中华人民共和国领域外对中华人民共和国国家、公民或者机构实施的恐怖活动犯罪，或者实施的中华人民共和国缔结、参加的国际条约所规定的' +
  '恐怖活动犯罪，中华人民共和国行使刑事管辖权，依法追究刑事责任。';
const ART_70 = '涉及恐怖活动犯罪的刑事司法协助、引渡和被判刑人移管，依照有关法律规定执行。';
const AR_1373 = 'تجريم قيام رعايا هذه الدول عمداً بتأمين الأموال أو جمعها، بأي وسيلة، بصورة مباشرة أو غير مباشرة، أو في أراضيها';
/** The Hague Convention's Arabic title words (instrument-titles.csv, row hague1970,ar,shown). */
const HAGUE_AR = 'الاستيلاء غير المشروع على الطائرات';

const LAW_TITLE = '中华人民共和国反恐怖主义法（第十一条、第七十条）';
const lawTitle = (lang: Lang) => `${LAW_TITLE} · ${lang} ${RUN}`;
const PUBLIC_AR_TITLE = `قرار مجلس الأمن 1373 (2001)، الفقرة 1 (ب) · ${RUN}`;
const INTERNAL_TITLE = `Internal working copy ${RUN}: S/RES/1373 (2001) 1 (b) in Arabic; PRC Counter-Terrorism Law art. 70`;

/** The instrument each language assesses. */
const ASSESSED: Record<(typeof FLOW_LANGS)[number], string> = { en: 'financing1999', ar: 'hague1970', zh: 'bombings1997' };
const PROVISIONS = [
  { label: '第十一条', text: ART_11, key: 'jurisdiction_aut_dedere', status: 'covered' },
  { label: '第七十条', text: ART_70, key: 'mla_obligation', status: 'partly-covered' },
] as const;

/** The officer's signed-in session (cookies), made once through the API: the sign-in is not this spec's point. */
let officerState: Awaited<ReturnType<BrowserContext['storageState']>>;

test.beforeAll(async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const csrfToken = await signInThroughApi(api, seededPerson('officer'));
    const upload = async (title: string, confidentiality: string, text: string) => {
      const res = await api.post('/api/v1/documents', {
        headers: { 'x-csrf-token': csrfToken },
        multipart: {
          title,
          confidentiality,
          kind: 'resolution-report',
          languages: 'ar',
          instrumentIds: 'financing1999',
          file: { name: 'S-RES-1373-1b-ar.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') },
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    };
    await upload(PUBLIC_AR_TITLE, 'public', AR_1373);
    await upload(INTERNAL_TITLE, 'un-internal', `${AR_1373}\n\n第七十条 ${ART_70}\n`);
    officerState = await api.storageState();
  } finally {
    await api.dispose();
  }
});

/** The law as a PDF, printed by Chromium from an HTML page (small type, so that no searched word is cut by a line end). */
async function lawPdf(browser: Browser, title: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(
    `<!DOCTYPE html><html lang="zh"><body style="font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11px">` +
      `<h1>${title}</h1>${PROVISIONS.map((p) => `<h2>${p.label}</h2><p>${p.text}</p>`).join('')}</body></html>`,
  );
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

async function shot(page: Page, lang: Lang, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-law-to-search-${name}.png`), fullPage: true, animations: 'disabled' });
}

async function search(page: Page, lang: Lang, q: string) {
  await page.goto(`/${lang}/search?q=${encodeURIComponent(q)}&pageSize=50`);
  await expect(mainHeading(page)).toHaveText(msg(lang, 'search.title'));
  await expectLangDir(page, lang);
  await expect(page.locator('.search-hit').first()).toBeVisible();
}
const hit = (page: Page, title: string) => page.locator('.search-hit').filter({ has: page.locator('h3', { hasText: title }) });

interface ProvisionList {
  data: { id: string; label: string }[];
}

for (const lang of FLOW_LANGS) {
  test(`${lang}: a national law (PDF) and two provisions change China's legislation page; Chinese and Arabic searches find it`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const instrumentId = ASSESSED[lang];
    const title = lawTitle(lang);
    const context = await browser.newContext({ storageState: officerState });
    const anonymous = await browser.newContext();
    try {
      for (const c of [context, anonymous]) await c.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
      const page = await context.newPage();

      // The upload: the PDF, public, national legislation of China, in Chinese, tagged with the instruments it implements.
      await page.goto(`/${lang}/documents/new`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.new.title'));
      await page
        .getByLabel(msg(lang, 'documents.fields.file'), { exact: true })
        .setInputFiles({ name: 'prc-counter-terrorism-law-arts-11-70.pdf', mimeType: 'application/pdf', buffer: await lawPdf(browser, title) });
      await page.getByLabel(msg(lang, 'documents.fields.title'), { exact: true }).fill(title);
      await page.getByLabel(msg(lang, 'confidentiality.public.label'), { exact: true }).check();
      await page.getByLabel(msg(lang, 'library.fields.kind'), { exact: true }).selectOption('national-legislation');
      await page.getByLabel(msg(lang, 'library.fields.states'), { exact: true }).fill('CHN');
      await page.getByLabel(msg(lang, 'documents.fields.language'), { exact: true }).selectOption('zh');
      await page.getByLabel(msg(lang, 'library.fields.languages'), { exact: true }).fill('zh');
      for (const id of new Set([instrumentId, 'hague1970'])) await page.locator(`input[name="instrumentIds"][value="${id}"]`).check();
      await page.getByRole('button', { name: msg(lang, 'documents.new.submit'), exact: true }).click();
      await expect(mainHeading(page)).toHaveText(title);
      await expect(page.locator('.detected-language')).toContainText(msg(lang, 'library.detected', { language: msg(lang, 'languageName.zh') }));
      const documentId = /\/documents\/([0-9a-f-]{36})/.exec(page.url())![1]!;

      // Two provisions, each mapped in the picker to the requirement it implements.
      for (const [n, p] of PROVISIONS.entries()) {
        const form = page.locator('section.provisions form');
        await form.getByLabel(msg(lang, 'library.provisions.label'), { exact: true }).fill(p.label);
        await form.getByLabel(msg(lang, 'library.provisions.text'), { exact: true }).fill(p.text);
        await form.locator(`input[type="checkbox"][value="${instrumentId}:${p.key}"]`).check();
        await form.getByRole('button', { name: msg(lang, 'library.provisions.save') }).click();
        await expect(page.locator('.provision-list > li')).toHaveCount(n + 1);
      }
      const provisions = (await apiGet<ProvisionList>(page, `/api/v1/documents/${documentId}/provisions`)).data;

      // China's legislation page: "not known", then one assessment per provision, citing it.
      await page.goto(`/${lang}/states/CHN/legislation`);
      await expectLangDir(page, lang);
      const row = (key: string) => page.locator(`tr[data-requirement="${instrumentId}:${key}"]`);
      for (const p of PROVISIONS) await expect(row(p.key).locator('.legislation-status').first()).toHaveText(msg(lang, 'legislation.status.not-known'));
      for (const p of PROVISIONS) {
        await page.getByLabel(msg(lang, 'legislation.form.instrument')).selectOption(instrumentId);
        await page.getByLabel(msg(lang, 'legislation.form.requirement')).selectOption(`${instrumentId}:${p.key}`);
        await page.getByLabel(msg(lang, 'legislation.form.status')).selectOption(p.status);
        await page.getByLabel(msg(lang, 'legislation.form.source')).selectOption('review');
        await page.getByLabel(msg(lang, 'legislation.form.provision')).fill(provisions.find((x) => x.label === p.label)!.id);
        await page.getByRole('button', { name: msg(lang, 'legislation.form.submit') }).click();
        await expect(row(p.key).locator('.legislation-status').first()).toHaveText(msg(lang, `legislation.status.${p.status}`));
        // The evidence: a link to the law, naming the provision.
        const evidence = row(p.key).locator(`a[href="/${lang}/documents/${documentId}"]`);
        await expect(evidence).toContainText(title);
        await expect(evidence).toContainText(p.label);
      }
      const section = page.locator(`section#${instrumentId}`);
      await expect(section).toContainText(msg(lang, 'legislation.status.covered'));
      await expectNoHorizontalOverflow(page);
      // The picture: the instrument's section (its summary line, then the requirements), not the whole long page.
      await page.evaluate(() => document.fonts.ready);
      await section.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-law-to-search-legislation.png`), animations: 'disabled' });

      // Searches by the officer, who holds the internal copy too: Chinese words of art. 70, then Arabic.
      for (const q of ['引渡', '刑事司法协助']) {
        await search(page, lang, q);
        await expect(hit(page, title).first()).toBeVisible();
        expect(await hit(page, title).first().locator('.search-snippet mark').allTextContents()).toContain(q);
        await expect(hit(page, INTERNAL_TITLE)).toHaveCount(1);
      }
      await shot(page, lang, 'search-zh');
      await search(page, lang, HAGUE_AR);
      await expect(hit(page, title).first()).toBeVisible();
      await search(page, lang, 'الأموال');
      await expect(hit(page, PUBLIC_AR_TITLE).locator('.search-snippet mark')).toHaveText(['الأموال']);
      await expect(hit(page, INTERNAL_TITLE)).toHaveCount(1);
      await shot(page, lang, 'search-ar');

      // An anonymous reader, the same words: the public law and resolution, never the internal copy.
      const reader = await anonymous.newPage();
      await search(reader, lang, '引渡');
      await expect(hit(reader, title).first().locator('.search-snippet mark').first()).toHaveText('引渡');
      await expect(hit(reader, INTERNAL_TITLE)).toHaveCount(0);
      await search(reader, lang, HAGUE_AR);
      await expect(hit(reader, title).first()).toBeVisible();
      await search(reader, lang, 'الأموال');
      await expect(hit(reader, PUBLIC_AR_TITLE).locator('.search-snippet mark')).toHaveText(['الأموال']);
      await expect(hit(reader, INTERNAL_TITLE)).toHaveCount(0);
      await shot(reader, lang, 'search-anonymous');
    } finally {
      await anonymous.close();
      await context.close();
    }
  });
}
