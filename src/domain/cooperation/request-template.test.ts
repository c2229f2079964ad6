// The template files' parsers: a file that does not hold what Accord needs is refused with the file, the place and
// the reason, so a reviewer sees at once what a change broke.
import { describe, expect, it } from 'vitest';
import { parseKindTemplate, parseTemplateWords, parseTreatyRequirements, TemplateFileError, TEMPLATE_FIELD_PATHS } from './request-template.ts';

const HEADER = 'instrument_id,kind,article,item,level,quote';

describe('parseTreatyRequirements', () => {
  it('reads one requirement a row, the quote as written', () => {
    const rows = parseTreatyRequirements(`${HEADER}\nuntoc2000,mla,18(15)(e),persons-concerned,recommended,"Where possible, the identity"\n`, 'x.csv');
    expect(rows).toEqual([
      { instrumentId: 'untoc2000', kind: 'mla', article: '18(15)(e)', item: 'persons-concerned', level: 'recommended', quote: 'Where possible, the identity' },
    ]);
  });

  it('names the file and the line of every bad row', () => {
    const csv = [
      HEADER,
      'untoc2000,mla,18(15)(a),requesting-authority,required,The identity of the authority making the request',
      'untoc2000,mla,18(15)(x1),no-such-item,required,quote',
      'uncac2003,mla,46(15)(f),warrant,maybe,',
    ].join('\n');
    const error = (() => {
      try {
        parseTreatyRequirements(csv, 'data/templates/cooperation/treaty-requirements.csv');
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TemplateFileError);
    expect(error!.message.split('\n')).toEqual([
      'data/templates/cooperation/treaty-requirements.csv cannot be used:',
      '  line 3: article "18(15)(x1)" must read like 18(15)(a)',
      '  line 3: item "no-such-item" is not one of REQUEST_ITEMS',
      '  line 4: item "warrant" is not an item of a request for mla',
      '  line 4: level "maybe" must be required or recommended',
      "  line 4: quote is empty (the treaty's words, verbatim)",
    ]);
  });

  it('refuses other columns', () => {
    expect(() => parseTreatyRequirements('instrument,kind\nuntoc2000,mla\n', 'r.csv')).toThrow(
      'r.csv cannot be used:\n  line 1: the columns must be instrument_id,kind,article,item,level,quote',
    );
  });
});

const six = (s: string) => ({ ar: `${s} ar`, zh: `${s} zh`, en: s, fr: `${s} fr`, ru: `${s} ru`, es: `${s} es` });

describe('parseKindTemplate', () => {
  const good = { kind: 'mla', reviewedOn: '2026-12-07', title: six('Request'), essentials: { purpose: 'required' } };

  it('reads a kind’s title and essentials', () => {
    expect(parseKindTemplate(JSON.stringify(good), 'mla.json', 'mla')).toEqual(good);
  });

  it('names the path of a missing language, an empty text and an item of the other kind', () => {
    const bad = { ...good, title: { ...six('Request'), zh: ' ', ru: undefined }, essentials: { warrant: 'required', purpose: 'always' } };
    expect(() => parseKindTemplate(JSON.stringify(bad), 'mla.json', 'mla')).toThrow(
      [
        'mla.json cannot be used:',
        '  title.zh: the zh text is empty',
        '  title.ru: Invalid input: expected string, received undefined',
        '  essentials.purpose: Invalid option: expected one of "required"|"recommended"',
      ].join('\n'),
    );
    expect(() => parseKindTemplate(JSON.stringify({ ...good, essentials: { warrant: 'required' } }), 'mla.json', 'mla')).toThrow(
      'essentials.warrant: is not an item of a request for mla',
    );
  });

  it('refuses a file that is not JSON, or another kind’s file', () => {
    expect(() => parseKindTemplate('{"kind": "mla",', 'mla.json', 'mla')).toThrow(/^mla\.json cannot be used:\n {2}not JSON: /);
    expect(() => parseKindTemplate(JSON.stringify(good), 'extradition.json', 'extradition')).toThrow('kind: Invalid input: expected "extradition"');
  });
});

describe('parseTemplateWords', () => {
  it('lists every field of the content by path, array elements by their keys', () => {
    expect(TEMPLATE_FIELD_PATHS).toContain('requesting.authorityName');
    expect(TEMPLATE_FIELD_PATHS).toContain('offences.lawText');
    expect(TEMPLATE_FIELD_PATHS).toContain('assurances.direction');
    expect(TEMPLATE_FIELD_PATHS).toContain('assistance.details');
  });

  it('names what is missing in an incomplete file', () => {
    expect(() => parseTemplateWords(JSON.stringify({ reviewedOn: '7 Dec 2026' }), 'common.json')).toThrow(
      /^common\.json cannot be used:\n {2}reviewedOn: must be a date YYYY-MM-DD\n {2}steps: Invalid input/,
    );
  });
});
