// A State profile (Afghanistan): status per instrument with its source, the instruments not joined, the timeline.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  apiGet,
  axeAndScreenshotTests,
  expectLangDir,
  formatDate,
  LANGS,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  type Names,
} from './support.ts';

interface SourceApi {
  publisher: string;
  url: string | null;
  asOf: string | null;
}
interface ProfileApi {
  data: {
    asOf: string;
    participant: { code: string; names: Names; regionalGroup: string | null };
    participation: {
      instrument: { id: string; shortNames: Names; category: string };
      status: string;
      consentKind: string | null;
      consentDate: string | null;
      inForceFrom: string | null;
      source: SourceApi | null;
    }[];
    gaps: { id: string; titles: Names }[];
    timeline: { id: number; kind: string; date: string | null; instrumentId: string }[];
  };
}

/** The participation table's row of one instrument, found by its link. */
const instrumentRow = (page: Page, lang: string, id: string): Locator =>
  page
    .locator('section[aria-labelledby="participation-heading"] tbody tr')
    .filter({ has: page.locator(`th a[href^="/${lang}/instruments/${id}"]`) });

for (const lang of LANGS) {
  test.describe(`State profile (${lang})`, () => {
    let page: Page;
    let errors: string[];
    let profile: ProfileApi['data'];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      profile = (await apiGet<ProfileApi>(page, '/api/v1/participants/AFG')).data;
      await page.goto(`/${lang}/states/AFG`);
    });

    test('is headed by the State name in the language, with lang and dir', async () => {
      const name = nameIn(profile.participant.names, lang);
      expect(profile.participant.names[lang]).toBeTruthy(); // Afghanistan is named in all six languages.
      await expect(mainHeading(page)).toHaveText(name, { timeout: 15_000 });
      await expectLangDir(page, lang);
      await expect(page).toHaveTitle(`${name} — ${msg(lang, 'app.name')}`);
      await expect(page.locator('dl.facts')).toContainText(msg(lang, 'regionalGroup.asiaPacific'));
    });

    test('shows the Terrorist Financing Convention: party by accession on 24 Sep 2003, with its source', async () => {
      const fact = profile.participation.find((p) => p.instrument.id === 'financing1999')!;
      // The fact itself, from the API, so that a change of data shows up here first.
      expect(fact).toMatchObject({ status: 'party', consentKind: 'accession', consentDate: '2003-09-24' });
      // The newest list that states it: Fedlex (2024), which agrees with the UN Treaty Collection (2014).
      expect(fact.source?.publisher).toBe('Fedlex (Swiss Federal Chancellery)');

      const row = instrumentRow(page, lang, 'financing1999');
      await expect(row).toHaveCount(1);
      const cells = row.locator('td');
      await expect(cells.nth(0).locator('.status')).toHaveClass(/\bstatus-party\b/);
      await expect(cells.nth(0)).toContainText(msg(lang, 'status.party'));
      await expect(cells.nth(2)).toHaveText(
        `${msg(lang, 'eventKind.accession')}${msg(lang, 'common.separator')}${await formatDate(page, '2003-09-24')}`,
      );
      await expect(cells.nth(2).locator('time')).toHaveAttribute('datetime', '2003-09-24');
      await expect(cells.nth(3).locator('time')).toHaveAttribute('datetime', fact.inForceFrom!);
      // The source: its publisher, linked to the status page, and the date the source speaks for.
      const publisher = cells.nth(4).getByRole('link', { name: 'Fedlex (Swiss Federal Chancellery)' });
      await expect(publisher).toHaveAttribute('href', fact.source!.url!);
      const sourceDate = await formatDate(page, fact.source!.asOf!);
      await expect(cells.nth(4)).toContainText(msg(lang, 'source.asOf', { date: sourceDate }));
    });

    test('shows every status as the API gives it, unknown ones as unknown', async () => {
      const rows = page.locator('section[aria-labelledby="participation-heading"] tbody tr');
      await expect(rows).toHaveCount(profile.participation.length);
      for (const id of ['ipp1973', 'hostages1979', 'bombings1997', 'financing1999', 'icsant2005']) {
        expect(profile.participation.find((p) => p.instrument.id === id)!.status, id).toBe('party');
      }
      for (const fact of profile.participation) {
        const cell = instrumentRow(page, lang, fact.instrument.id).locator('td').first();
        const status = new RegExp(`\\bstatus-${fact.status}\\b`);
        await expect(cell.locator('.status'), fact.instrument.id).toHaveClass(status);
        await expect(cell, fact.instrument.id).toContainText(msg(lang, `status.${fact.status}`));
      }
      // Accord holds no complete status list for some universal instruments: Afghanistan's status there is unknown.
      expect(profile.participation.filter((p) => p.status === 'unknown').length).toBeGreaterThan(0);
    });

    test('shows the timeline of events, oldest first', async () => {
      const items = page.locator('ol.timeline > li');
      await expect(items).toHaveCount(profile.timeline.length);
      expect(profile.timeline.length).toBeGreaterThan(5);
      const dates = await items
        .locator('.timeline-date time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(dates).toEqual([...dates].sort());
      // The accession to the financing convention is one event, with its date, stated by two publishers.
      const accession = items.filter({ has: page.locator('a[href^="/' + lang + '/instruments/financing1999"]') });
      await expect(accession).toHaveCount(1);
      await expect(accession.locator('.timeline-date time')).toHaveAttribute('datetime', '2003-09-24');
      await expect(accession.locator('strong')).toHaveText(msg(lang, 'eventKind.accession'));
      await expect(accession.locator('.timeline-source')).toContainText('Fedlex (Swiss Federal Chancellery)');
      await expect(accession.locator('.timeline-source')).toContainText('UN Treaty Collection');
    });

    axeAndScreenshotTests(() => page, lang, 'state-AFG');

    test('lists the instruments not joined (Timor-Leste), and not the ones joined', async () => {
      const tls = (await apiGet<ProfileApi>(page, '/api/v1/participants/TLS')).data;
      await page.goto(`/${lang}/states/TLS`);
      await expect(mainHeading(page)).toHaveText(nameIn(tls.participant.names, lang));
      const section = page.locator('section[aria-labelledby="gaps-heading"]');
      await expect(section.locator('h2')).toHaveText(msg(lang, 'state.gaps.heading'));
      // Timor-Leste has joined the financing convention (2014) and none of the other UN-deposited conventions.
      expect(tls.gaps.map((g) => g.id)).toEqual(expect.arrayContaining(['ipp1973', 'hostages1979', 'bombings1997']));
      const links = section.locator('ul.gaps li a');
      await expect(links).toHaveCount(tls.gaps.length);
      const ids = await links.evaluateAll((as) =>
        as.map((a) => a.getAttribute('href')!.split('?')[0]!.split('/').pop()),
      );
      expect([...ids].sort()).toEqual(tls.gaps.map((g) => g.id).sort());
      expect(ids).not.toContain('financing1999');
      // Each gap is named by its title in the language (English where the title has no translation).
      const bombings = tls.gaps.find((g) => g.id === 'bombings1997')!;
      await expect(section.locator(`a[href^="/${lang}/instruments/bombings1997"]`)).toHaveText(
        nameIn(bombings.titles, lang),
      );
      await expect(section).not.toContainText(msg(lang, 'state.gaps.none'));
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}

// Instruments of unknown status are not gaps: a State whose only non-party statuses are unknown has no gaps, and the
// page must say its status there is unknown, not that it is party to every universal instrument.
test('a State with unknown statuses is not said to be party to every universal instrument', async ({ page }) => {
  const afg = (await apiGet<ProfileApi>(page, '/api/v1/participants/AFG')).data;
  expect(afg.participation.some((p) => p.status === 'unknown')).toBe(true);
  await page.goto('/en/states/AFG');
  const section = page.locator('section[aria-labelledby="gaps-heading"]');
  await expect(section.locator('h2')).toHaveText(msg('en', 'state.gaps.heading'));
  await expect(section.locator('p').first()).toBeVisible();
  expect(await section.textContent()).not.toContain(msg('en', 'state.gaps.none'));
  const unknown = afg.participation.filter((p) => p.status === 'unknown' && p.instrument.category === 'universal').length;
  await expect(section.locator('p').first()).toContainText(
    unknown === 1 ? 'For 1 universal instrument Accord holds no complete status list' : `For ${unknown} universal instruments Accord holds no complete status list`,
  );
});
