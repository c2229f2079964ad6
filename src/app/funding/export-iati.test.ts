// The funding exports: the IATI file validates against the shipped IATI 2.03 schema (and the validator refuses a broken
// one, so the check can fail), holds the funded activities the reader may read with their transactions in exact
// decimals; the CSV and XLSX carry contributions, allocations, expenditure and the balances on a day.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Actor } from '#domain/actor.ts';
import type { Membership } from '#domain/accounts/types.ts';
import { eq } from 'drizzle-orm';
import { activities, allocations, contributions, expenditures } from '#db/schema/index.ts';
import { buildOrganisation } from '../../../test/accounts.ts';
import { buildActivity, buildProgramme } from '../../../test/activities.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { escapeXml, exportIati } from './export-iati.ts';
import { exportContributions } from './export-contributions.ts';

const SCHEMA_DIR = path.resolve('data/reference/funding/iati');
const schemaFile = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') });

async function validateIati(xml: string) {
  return validateXML({
    xml: { fileName: 'activities.xml', contents: xml },
    schema: [schemaFile('iati-activities-schema.xsd')],
    preload: [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')],
  });
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let officer: Actor;
let donorRep: Actor;
let otherDonorRep: Actor;
const ids = { entity: '', donor: '', otherDonor: '', publicActivity: '', hiddenActivity: '', programme: '', contribution: '' };

function member(organisationId: string, organisationKind: Membership['organisationKind'], role: Membership['role']): Membership {
  return { id: `${organisationId}-${role}`, organisationId, organisationKind, stateCode: null, role, regions: null, themes: null };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const entity = await buildOrganisation(db, { kind: 'un-entity', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' }, TEST_NOW);
  const donor = await buildOrganisation(db, { kind: 'donor', name: 'Kingdom of Norway', acronym: 'NOR' }, TEST_NOW);
  const otherDonor = await buildOrganisation(db, { kind: 'donor', name: 'Other donor' }, TEST_NOW);
  ids.entity = entity.id;
  ids.donor = donor.id;
  ids.otherDonor = otherDonor.id;
  officer = { kind: 'user', userId: '00000000-0000-4000-8000-000000000001', platformAdmin: false, memberships: [member(entity.id, 'un-entity', 'entity-officer')] };
  donorRep = { kind: 'user', userId: '00000000-0000-4000-8000-000000000002', platformAdmin: false, memberships: [member(donor.id, 'donor', 'donor-representative')] };
  otherDonorRep = { kind: 'user', userId: '00000000-0000-4000-8000-000000000003', platformAdmin: false, memberships: [member(otherDonor.id, 'donor', 'donor-representative')] };
  const programme = await buildProgramme(db, { organisationId: entity.id, code: 'GLOU61', names: { en: 'Global Programme against Terrorism' }, stateCodes: ['NER', 'MLI'], startDate: '2013-01-01', endDate: '2030-12-31' }, TEST_NOW);
  ids.programme = programme.id;
  const publicActivity = await buildActivity(
    db,
    { organisationId: entity.id, title: 'Legislative drafting workshop <Niamey> & follow-up', status: 'completed', stateCodes: ['NER'], confidentiality: 'public', startDate: '2014-03-10', endDate: '2014-03-12', participantsTotal: 30, participantsFemale: 12, participantsMale: 18, programmeId: programme.id },
    TEST_NOW,
  );
  const hiddenActivity = await buildActivity(db, { organisationId: entity.id, title: 'Confidential mentoring', stateCodes: ['MLI'], confidentiality: 'state-restricted', startDate: '2014-05-01', endDate: '2014-05-03' }, TEST_NOW);
  ids.publicActivity = publicActivity.id;
  ids.hiddenActivity = hiddenActivity.id;
  const base = { recipientOrganisationId: entity.id, form: 'cash', rateSource: 'ECB euro reference rates', createdAt: TEST_NOW, updatedAt: TEST_NOW };
  const [c] = await db
    .insert(contributions)
    .values({ ...base, kind: 'contribution', donorOrganisationId: donor.id, date: '2014-01-15', amount: '100000.10', currency: 'EUR', unitsPerUsd: '0.7335', rateDate: '2014-01-15', reference: 'NOR-2014-01' })
    .returning();
  ids.contribution = c!.id;
  await db.insert(contributions).values({ ...base, kind: 'pledge', donorOrganisationId: otherDonor.id, date: '2014-02-01', amount: '5000', currency: 'USD', unitsPerUsd: '1', rateDate: '2014-02-01' });
  const [a1, a2, a3] = await db
    .insert(allocations)
    .values([
      { contributionId: c!.id, activityId: publicActivity.id, date: '2014-02-01', amount: '40000.05', createdAt: TEST_NOW },
      { contributionId: c!.id, activityId: hiddenActivity.id, date: '2014-04-01', amount: '10000', createdAt: TEST_NOW },
      { contributionId: c!.id, programmeId: programme.id, date: '2014-09-01', amount: '20000', createdAt: TEST_NOW },
    ])
    .returning();
  await db.insert(expenditures).values([
    { allocationId: a1!.id, date: '2014-03-12', amount: '0.1', description: 'Interpretation', createdAt: TEST_NOW },
    { allocationId: a1!.id, date: '2014-03-13', amount: '0.2', description: 'Travel', createdAt: TEST_NOW },
    { allocationId: a2!.id, date: '2014-05-03', amount: '2500', createdAt: TEST_NOW },
    { allocationId: a3!.id, date: '2015-01-10', amount: '1000', createdAt: TEST_NOW },
  ]);
});
afterAll(async () => {
  await database?.dispose();
});

describe('exportIati', () => {
  it('writes a file that validates against the IATI 2.03 schema', async () => {
    const file = await exportIati(database.db, officer, { asOf: '2015-06-30' }, TEST_NOW);
    const xml = String(file.body);
    const result = await validateIati(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(file.fileName).toBe('accord-iati-activities-2015-06-30.xml');
  });

  it('drops the characters XML 1.0 forbids, so a title holding one still validates', async () => {
    expect(escapeXml('a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF\tg\nh<')).toBe('abcdef\tg\nh&lt;');
    const title = 'Legislative drafting workshop <Niamey> & follow-up';
    await database.db.update(activities).set({ title: `Drafting\u0001 workshop` }).where(eq(activities.id, ids.publicActivity));
    try {
      const xml = String((await exportIati(database.db, officer, { asOf: '2015-06-30' }, TEST_NOW)).body);
      expect(xml).toContain('Drafting workshop');
      const result = await validateIati(xml);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    } finally {
      await database.db.update(activities).set({ title }).where(eq(activities.id, ids.publicActivity));
    }
  });

  it('the validator refuses a document that breaks the schema (the check can fail)', async () => {
    const file = await exportIati(database.db, officer, { asOf: '2015-06-30' }, TEST_NOW);
    // reporting-org before iati-identifier breaks the schema's sequence; a value that is not a decimal breaks its type.
    const broken = String(file.body).replace('<transaction-type code="1"/>', '').replace(/<value currency="EUR" value-date="2014-02-01">40000.05</, '<value currency="EUR" value-date="2014-02-01">forty thousand<');
    const result = await validateIati(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('holds the funded programme and activities with exact transactions, escaped text and the ISO alpha-2 countries', async () => {
    const xml = String((await exportIati(database.db, officer, { asOf: '2015-06-30' }, TEST_NOW)).body);
    expect(xml.match(/<iati-activity /g)).toHaveLength(3);
    expect(xml).toContain(`<iati-identifier>ACCORD-${ids.entity}-${ids.publicActivity}</iati-identifier>`);
    expect(xml).toContain('Legislative drafting workshop &lt;Niamey&gt; &amp; follow-up');
    expect(xml).toContain('<value currency="EUR" value-date="2014-02-01">40000.05</value>');
    expect(xml).toContain('<value currency="EUR" value-date="2014-03-12">0.1</value>');
    expect(xml).toContain('<recipient-country code="NE"/>');
    expect(xml).toContain('<recipient-country code="ML" percentage="50.00"/>');
    expect(xml).toContain('<activity-status code="4"/>');
    expect(xml).toContain('<activity-date type="4" iso-date="2014-03-12"/>');
    expect(xml).toContain(`<related-activity ref="ACCORD-${ids.entity}-${ids.programme}" type="1"/>`);
  });

  it('reads the books on a day: a later allocation is not there', async () => {
    const xml = String((await exportIati(database.db, officer, { asOf: '2014-06-30' }, TEST_NOW)).body);
    expect(xml.match(/<iati-activity /g)).toHaveLength(2);
    expect(xml).not.toContain('GLOU61');
  });

  it('gives a donor only the activities it may read, and another donor none of this money', async () => {
    const mine = String((await exportIati(database.db, donorRep, { asOf: '2015-06-30' }, TEST_NOW)).body);
    expect(mine).toContain('Legislative drafting workshop');
    expect(mine).not.toContain('Confidential mentoring');
    expect((await validateIati(mine)).valid).toBe(true);
    const theirs = String((await exportIati(database.db, otherDonorRep, { asOf: '2015-06-30' }, TEST_NOW)).body);
    expect(theirs).not.toContain('<iati-activity ');
    await expect(exportIati(database.db, { kind: 'anonymous' }, {}, TEST_NOW)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('exportContributions', () => {
  it('writes the contributions with allocations, expenditure and balances on a day as CSV, in exact decimals', async () => {
    const file = await exportContributions(database.db, officer, { asOf: '2014-06-30' }, 'csv', TEST_NOW);
    const lines = String(file.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])));
    const contribution = rows.find((r) => r.line === 'contribution' && r.contribution_id === ids.contribution)!;
    expect(contribution).toMatchObject({ currency: 'EUR', amount: '100000.1', allocated: '50000.05', spent: '2500.3', balance: '50000.05', amount_usd: '136332.79' });
    expect(rows.filter((r) => r.line === 'allocation' && r.contribution_id === ids.contribution)).toHaveLength(2);
    const pledge = rows.find((r) => r.kind === 'pledge')!;
    expect(pledge).toMatchObject({ amount: '5000', allocated: '0', balance: '5000' });
    expect(file.fileName).toBe('accord-contributions-2014-06-30.csv');
  });

  it('gives a donor only its own contributions', async () => {
    const body = String((await exportContributions(database.db, donorRep, { asOf: '2015-06-30' }, 'csv', TEST_NOW)).body);
    expect(body).toContain(ids.contribution);
    expect(body).not.toContain('pledge');
  });

  it('writes an XLSX with a sheet each for contributions, allocations and expenditure', async () => {
    const file = await exportContributions(database.db, officer, { asOf: '2015-06-30' }, 'xlsx', TEST_NOW);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Contributions', 'Allocations', 'Expenditure', 'Funding']);
    expect(workbook.getWorksheet('Allocations')!.rowCount).toBe(4);
    expect(workbook.getWorksheet('Expenditure')!.rowCount).toBe(5);
    const contributions = workbook.getWorksheet('Contributions')!;
    const balance = contributions.getRow(1).values as string[];
    const row = contributions.getRow(2).values as string[];
    expect(row[balance.indexOf('balance')]).toBe('30000.05');
  });
});
