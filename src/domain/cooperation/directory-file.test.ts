import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_COLUMNS,
  diffDirectory,
  parseDirectoryFile,
  patchOf,
  writeDirectoryFile,
  type DirectoryExportEntry,
  type HeldEntry,
} from './directory-file.ts';
import { readFixture } from '../../../test/fixtures.ts';
import { projectAuthority } from './authorities.ts';
import type { Authority } from './types.ts';

const vocabulary = { stateCodes: new Set(['FRA', 'EGY', 'CHN', 'DEU']), instrumentIds: new Set(['untoc2000', 'uncac2003']) };
const HEADER = DIRECTORY_COLUMNS.join(',');
const sample = readFixture('authority-directory.sample.csv');

const entry = (over: Partial<Authority> = {}): Authority => ({
  id: 'a1',
  stateCode: 'FRA',
  kind: 'mla',
  instrumentId: null,
  name: 'Bureau de l’entraide pénale (test)',
  address: '1 rue de l’Exemple; Paris | France',
  channels: ['direct', 'diplomatic'],
  languages: ['fr', 'en'],
  urgentProcedure: '=By e-mail, "original" to follow,\nthen by post',
  requirements: { dualCriminality: 'Required for coercive measures', certification: 'a=b' },
  requestItems: null,
  lawLinks: [{ title: 'Code; art. 1 | 2', url: 'https://example.org/law?a=1&b=2' }],
  contacts: [{ name: 'Duty officer', role: 'Magistrate', email: 'duty@example.org', phone: '+33 1 00 00 00 00' }],
  publicFields: ['address'],
  confirmedAt: new Date('2026-01-10T00:00:00Z'),
  version: 3,
  ...over,
});

const exported = (a: Authority, seesEverything: boolean): DirectoryExportEntry => projectAuthority(a, seesEverything);
const held = (a: Authority): HeldEntry => {
  const { confirmedAt: _c, ...rest } = a;
  return rest;
};

describe('parseDirectoryFile', () => {
  it('reads the sample file, Arabic and Chinese names included', () => {
    const { rows, problems } = parseDirectoryFile(sample, vocabulary);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.fields.stateCode, r.fields.kind])).toEqual([
      [2, 'FRA', 'mla'],
      [3, 'FRA', 'central-authority'],
      [4, 'EGY', 'extradition'],
      [5, 'CHN', 'mla'],
    ]);
    expect(rows[2]!.fields.name).toBe('بيانات اختبار — هيئة وهمية لتسليم المطلوبين');
    expect(rows[3]!.fields.name).toBe('测试数据——虚构的司法协助中心');
    expect(rows[0]!.fields.contacts).toEqual([
      { name: 'Agent Exemple', role: 'Magistrat (fictional)', email: 'entraide@example.org', phone: '+33 1 00 00 00 00' },
    ]);
    expect(rows[0]!.fields.lawLinks).toEqual([{ title: 'Example law (fictional)', url: 'https://example.org/law/fr' }]);
    expect(rows[1]!.fields.instrumentId).toBe('untoc2000');
  });

  it('names every problem by line and column', () => {
    const file = [
      HEADER,
      'XX,mla,,A,,,,,,,,,,,,,,',
      'FRA,embassy,,B,,,,,,,,,,,,,,',
      'FRA,central-authority,,C,,,,,,,,,,,,,,',
      'FRA,mla,untoc2000,D,,fax,english,,,,,,,,,,,',
      'FRA,mla,,,,,,,,,,,,just a title,|role|not-an-email|,secret,yesterday,',
      'FRA,mla,,E,,,,,,,,,,,,,,',
      'FRA,MLA ,,e,,,,,,,,,,,,,,',
    ].join('\n');
    const { rows, problems } = parseDirectoryFile(file, vocabulary);
    const at = problems.map((p) => `${p.line}:${p.column}:${p.code}`);
    expect(at).toEqual([
      '2:state:state.invalid',
      '3:kind:kind.invalid',
      '4:treaty:treaty.required',
      '5:treaty:treaty.not_expected',
      '5:channels:channels.invalid',
      '5:languages:languages.invalid',
      '6:name:name.required',
      '6:law_links:law_links.url_invalid',
      '6:contacts:contacts.name_required',
      '6:contacts:contacts.email_invalid',
      '6:public_fields:public_fields.invalid',
      '6:last_confirmed:last_confirmed.invalid',
      '8:kind:kind.invalid',
    ]);
    expect(rows.map((r) => r.line)).toEqual([7]);
  });

  it('refuses a second row for the same authority, whatever its case and accents', () => {
    const file = [HEADER, 'FRA,mla,,Bureau Pénal,,,,,,,,,,,,,,', 'FRA,mla,,bureau  penal.,,,,,,,,,,,,,,'].join('\n');
    const { problems } = parseDirectoryFile(file, vocabulary);
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 'name', code: 'row.duplicate' })]);
  });

  it('refuses unknown and missing columns, and too long cells', () => {
    expect(parseDirectoryFile('state,kind,colour\nFRA,mla,red', vocabulary).problems.map((p) => `${p.column}:${p.code}`)).toEqual([
      'colour:header.unknown',
      'name:header.missing',
    ]);
    const long = parseDirectoryFile(`state,kind,name\nFRA,mla,${'x'.repeat(301)}`, vocabulary).problems;
    expect(long).toEqual([expect.objectContaining({ line: 2, column: 'name', code: 'cell.too_long' })]);
    expect(parseDirectoryFile('state,kind,name\n"FRA,mla', vocabulary).problems[0]!.code).toBe('file.csv_malformed');
    expect(parseDirectoryFile('', vocabulary).problems[0]!.code).toBe('file.empty');
  });

  it('refuses more rows than the limit', () => {
    const file = [HEADER, ...Array.from({ length: 5001 }, (_, i) => `FRA,mla,,Office ${i}`)].join('\n');
    expect(parseDirectoryFile(file, vocabulary).problems.map((p) => p.code)).toEqual(['file.too_many_rows']);
  });
});

describe('writeDirectoryFile and a round trip', () => {
  it('writes a file that reads back as the same entries, unchanged', () => {
    const a = entry();
    const b = entry({ id: 'b', stateCode: 'EGY', kind: 'extradition', name: 'هيئة تجريبية', languages: ['ar'], publicFields: [] });
    const c = entry({ id: 'c', kind: 'central-authority', instrumentId: 'uncac2003', name: '测试中心', requirements: {}, lawLinks: [], contacts: [] });
    const file = writeDirectoryFile([a, b, c].map((x) => exported(x, true)));
    expect(file.startsWith('\uFEFFstate,kind,treaty,name,')).toBe(true);
    // A formula-like cell is defused.
    expect(file).toContain(`"'=By e-mail, ""original"" to follow,\nthen by post"`);
    const parsed = parseDirectoryFile(file, vocabulary);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.fields)).toEqual([a, b, c].map((x) => {
      // Files do not carry the request items (kept in Accord's form only).
      const { id: _i, version: _v, confirmedAt: _c, requestItems: _r, ...fields } = x;
      return fields;
    }));
    const diff = diffDirectory(parsed.rows, [a, b, c].map(held));
    expect([diff.new.length, diff.changed.length, diff.unchanged.length, diff.absent.length]).toEqual([0, 0, 3, 0]);
  });

  it('leaves withheld cells empty and says which; re-imported, they are neither compared nor changed', () => {
    const a = entry();
    const file = writeDirectoryFile([exported(a, false)]);
    expect(file).not.toContain('duty@example.org');
    expect(file).not.toContain('coercive');
    expect(file).toContain('1 rue de l’Exemple'); // made public by the State
    const lastLine = file.trim().split('\r\n').at(-1)!;
    expect(lastLine.endsWith(',2026-01-10,urgentProcedure;requirements;lawLinks;contacts')).toBe(true);
    const parsed = parseDirectoryFile(file, vocabulary);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]!.given).toEqual(['name', 'address', 'channels', 'languages', 'publicFields']);
    const diff = diffDirectory(parsed.rows, [held(a)]);
    expect(diff.unchanged).toHaveLength(1);
  });
});

describe('diffDirectory', () => {
  const fra1 = held(entry({ id: 'f1', name: 'Bureau A', version: 2 }));
  const fra2 = held(entry({ id: 'f2', name: 'Bureau B' }));
  const deu = held(entry({ id: 'd1', stateCode: 'DEU', name: 'Amt' }));

  it('sorts rows into new, changed field by field, unchanged, and held but absent (for the States the file covers)', () => {
    const file = writeDirectoryFile([
      exported(entry({ name: 'bureau a', channels: ['diplomatic'], contacts: [] }), true),
      exported(entry({ name: 'Bureau C' }), true),
    ]);
    const { rows } = parseDirectoryFile(file, vocabulary);
    const diff = diffDirectory(rows, [fra1, fra2, deu]);
    expect(diff.stateCodes).toEqual(['FRA']);
    expect(diff.new.map((r) => r.fields.name)).toEqual(['Bureau C']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.held.id).toBe('f1');
    expect(diff.changed[0]!.changes).toEqual([
      { field: 'name', from: 'Bureau A', to: 'bureau a' },
      { field: 'channels', from: 'direct;diplomatic', to: 'diplomatic' },
      { field: 'contacts', from: 'Duty officer|Magistrate|duty@example.org|+33 1 00 00 00 00', to: '' },
    ]);
    expect(patchOf(diff.changed[0]!.row, diff.changed[0]!.changes)).toEqual({ name: 'bureau a', channels: ['diplomatic'], contacts: [] });
    expect(diff.unchanged).toEqual([]);
    // Bureau B is not in the file: listed, not deleted. The German entry is of a State the file does not cover.
    expect(diff.absent.map((h) => h.id)).toEqual(['f2']);
  });

  it('compares only the columns a file has', () => {
    const { rows } = parseDirectoryFile('state,kind,name,languages\nFRA,mla,Bureau A,de', vocabulary);
    const diff = diffDirectory(rows, [fra1]);
    expect(diff.changed[0]!.changes).toEqual([{ field: 'languages', from: 'fr;en', to: 'de' }]);
  });
});
