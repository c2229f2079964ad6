import { describe, expect, it } from 'vitest';
import type { Figure, FigureGroup } from '#domain/reporting/report.ts';
import { parsePath } from '#web/router.tsx';
import { chartValue, checkNewReport, defaultPeriod, figureLabel, figurePath, groupTitle, isIsoDate, layoutBars, placeGroups, recordHref, recordsWindow } from './report-view.ts';

const fig = (id: string, value: Figure['value'], suppressed = false, unit: Figure['unit'] = 'count'): Figure => ({
  id,
  unit,
  value,
  suppressed,
  label: { kind: 'theme', key: id },
});
const group = (id: string, mandateId: string | null, figures: Figure[] = []): FigureGroup => ({ id, section: 'activities', mandateId, figures, chart: true });
const draft = { title: 'Report 2014', mandateSet: '68/187', periodFrom: '2013-07-01', periodTo: '2014-06-30', language: 'en' };
const fields = (issues: ReturnType<typeof checkNewReport>) => issues.map((i) => `${String((i.path as string[])[1])}:${i.code}`);

describe('checkNewReport', () => {
  it('accepts a complete draft', () => {
    expect(checkNewReport(draft)).toEqual([]);
  });
  it('refuses an empty title and a period ending before it starts, with the API paths and codes', () => {
    expect(fields(checkNewReport({ ...draft, title: '  ', periodTo: '2013-06-30' }))).toEqual(['title:required', 'periodTo:end_before_start']);
  });
  it('says a missing date is required and an impossible one invalid', () => {
    expect(fields(checkNewReport({ ...draft, periodFrom: '', periodTo: '2014-02-30' }))).toEqual(['periodFrom:required', 'periodTo:invalid_date']);
  });
  it('accepts a one-day period', () => {
    expect(checkNewReport({ ...draft, periodTo: draft.periodFrom })).toEqual([]);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2013-02-29')).toBe(false);
    expect(isIsoDate('2013-7-1')).toBe(false);
  });
  it('proposes the last complete July–June year', () => {
    expect(defaultPeriod('2014-07-15')).toEqual({ periodFrom: '2013-07-01', periodTo: '2014-06-30' });
    expect(defaultPeriod('2014-06-30')).toEqual({ periodFrom: '2012-07-01', periodTo: '2013-06-30' });
  });
});

describe('placeGroups', () => {
  it('puts groups under the paragraphs naming them, then by their mandate, then the rest last', () => {
    const groups = [group('a', null), group('b', '68/187/OP2'), group('c', null), group('d', '68/187/OP1')];
    const placed = placeGroups(
      [
        { id: '68/187/OP1', number: 1, text: 'Ratify', groupIds: ['c', 'a'] },
        { id: '68/187/OP2', number: 2, text: 'Cooperate', groupIds: [] },
      ],
      groups,
    );
    expect(placed.map((s) => [s.id, s.groups.map((g) => g.id)])).toEqual([
      ['68/187/OP1', ['c', 'a', 'd']],
      ['68/187/OP2', ['b']],
    ]);
    const orphan = placeGroups([{ id: '68/187/OP1', number: 1, text: '', groupIds: [] }], [group('x', '69/127/OP3')]);
    expect(orphan.at(-1)).toMatchObject({ id: null, groups: [{ id: 'x' }] });
  });
  it("takes the API's `other` section as the groups under no paragraph, placed last", () => {
    const placed = placeGroups(
      [
        { id: 'other', number: '', text: '', groupIds: ['x'] },
        { id: '68/187/OP1', number: 1, text: 'Ratify', groupIds: ['a'] },
      ],
      [group('a', '68/187/OP1'), group('x', null)],
    );
    expect(placed.map((s) => [s.id, s.groups.map((g) => g.id)])).toEqual([
      ['68/187/OP1', ['a']],
      [null, ['x']],
    ]);
  });
  it('never places a group twice', () => {
    const placed = placeGroups(
      [
        { id: 'p1', number: 1, text: '', groupIds: ['a'] },
        { id: 'p2', number: 2, text: '', groupIds: ['a'] },
      ],
      [group('a', 'p2')],
    );
    expect(placed.flatMap((s) => s.groups.map((g) => g.id))).toEqual(['a']);
  });
});

describe('labels', () => {
  const catalogue: Record<string, string> = {
    'assistance.theme.victims': 'Victims',
    'assistance.mandate.OP9.label': 'OP9',
    'reports.sex.female': 'Women',
    'reports.group.activities-by-theme': 'Activities by theme',
    'reports.label.ratifications-followed-assistance': 'Following assistance',
    'reports.label.cooperation-executed': 'executed',
    'reports.label.cooperationFigure': '{kind} {year}: {what}',
    'requestTracking.kind.mla': 'MLA',
    'reports.section.activities': 'Activities',
  };
  const t = (key: string) => catalogue[key] ?? key;
  const tv = (key: string, values: Record<string, string | number> = {}) => t(key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  it('translates vocabularies and keeps names given as text', () => {
    expect(figureLabel(t, { kind: 'theme', key: 'victims' })).toBe('Victims');
    expect(figureLabel(t, { kind: 'mandate', key: '68/187/OP9' })).toBe('OP9');
    expect(figureLabel(t, { kind: 'sex', key: 'female' })).toBe('Women');
    expect(figureLabel(t, { kind: 'donor', key: 'org-1', text: 'Norway' })).toBe('Norway');
    expect(figureLabel(t, { kind: 'theme', key: 'unheard-of' })).toBe('unheard-of');
    expect(figureLabel(t, { kind: 'figure', key: 'ratifications.followed-assistance' })).toBe('Following assistance');
    expect(figureLabel(tv, { kind: 'cooperation', key: 'executed', text: 'mla 2014' })).toBe('MLA 2014: executed');
    expect(figureLabel(t, { kind: 'region', key: 'African States' }, (n) => `<${n}>`)).toBe('<African States>');
  });
  it('names a group by its own entry, else its section', () => {
    expect(groupTitle(t, { id: 'activities.by-theme', section: 'activities' })).toBe('Activities by theme');
    expect(groupTitle(t, { id: 'activities-other', section: 'activities' })).toBe('Activities');
  });
});

describe('layoutBars', () => {
  const rows = [
    { figure: fig('a', 10), label: 'A' },
    { figure: fig('b', 5), label: 'B' },
    { figure: fig('c', null, true), label: 'C' },
    { figure: fig('d', '2500.50', false, 'usd'), label: 'D' },
  ];
  it('scales bars to the largest value, suppressed ones at zero', () => {
    const { bars, height } = layoutBars(rows.slice(0, 3), { rtl: false, width: 500, labelWidth: 100, valueWidth: 100 });
    expect(bars.map((b) => b.width)).toEqual([300, 150, 0]);
    expect(bars.every((b) => b.x === 100)).toBe(true);
    expect(height).toBe(3 * 28);
  });
  it('grows bars from the inline start: from the right in right-to-left pages', () => {
    const ltr = layoutBars(rows.slice(0, 2), { rtl: false, width: 500, labelWidth: 100, valueWidth: 100 });
    const rtl = layoutBars(rows.slice(0, 2), { rtl: true, width: 500, labelWidth: 100, valueWidth: 100 });
    // Mirrored: each bar's right edge sits at the label column's edge, and its left edge moves with the value.
    expect(rtl.bars.map((b) => b.x + b.width)).toEqual([400, 400]);
    expect(rtl.bars.map((b) => b.x)).toEqual([100, 250]);
    expect(rtl.bars.map((b) => 500 - (b.x + b.width))).toEqual(ltr.bars.map((b) => b.x));
    expect(rtl.bars[0]).toMatchObject({ labelAnchor: 'start', valueAnchor: 'end' });
    expect(ltr.bars[0]).toMatchObject({ labelAnchor: 'end', valueAnchor: 'start' });
  });
  it('reads US dollar amounts from their decimal strings', () => {
    expect(chartValue(rows[3]!.figure)).toBe(2500.5);
    expect(chartValue(rows[2]!.figure)).toBe(0);
  });
  it('draws no bar when every value is zero', () => {
    expect(layoutBars([{ figure: fig('z', 0), label: 'Z' }], { rtl: false }).bars[0]!.width).toBe(0);
  });
});

describe('links', () => {
  it('writes a figure path the server serves as a page (no dot that reads as an extension) and the router reads back', () => {
    const path = figurePath('r 1', 'activities.by-mandate.68/187/OP1');
    expect(path).toBe('/reports/r%201/figures/activities%2Eby-mandate%2E68%2F187%2FOP1');
    expect(path).not.toMatch(/\.[a-z0-9]+$/i);
    expect(parsePath(`/en${path}`).route).toEqual({ name: 'reportFigure', id: 'r 1', figureId: 'activities.by-mandate.68/187/OP1' });
  });
  it('prefixes a record path with the language and pages the records', () => {
    expect(recordHref('ar', '/activities/abc')).toBe('/ar/activities/abc');
    expect(recordsWindow(3, 20)).toEqual({ offset: 40, limit: 20 });
    expect(recordsWindow(0, 20)).toEqual({ offset: 0, limit: 20 });
  });
});
