import { describe, expect, it } from 'vitest';
import type { DerivedParticipation, ParticipationEvent, ParticipationStatus } from '../treaties/types.ts';
import type { BilateralTreaty, CooperationProvision, ProvisionKind, StateDeclaration } from './types.ts';
import {
  bilateralBetween,
  candidateIds,
  cellChar,
  citedProvisions,
  findLegalBasis,
  hasArticle,
  pairCount,
  pairOutcome,
  shortfall,
  standingMasks,
  standingOf,
  type Candidate,
  type FinderFacts,
  type FinderQuery,
} from './finder.ts';

const src = { id: 1, publisher: 'UN Treaty Collection', title: 'XVIII-11', url: null, asOf: '2014-07-10' };
let nextId = 1;
function event(kind: ParticipationEvent['kind'], date: string, instrumentId: string, code: string): ParticipationEvent {
  return { id: nextId++, instrumentId, participantCode: code, kind, date, effectiveDate: null, text: null, nameAsWritten: code, source: src, batchId: 1, note: null };
}

/** A participation as status.ts would derive it; `inForceFrom` decides `inForce` against `asOf`. */
function part(
  instrumentId: string,
  code: string,
  status: ParticipationStatus,
  o: { consent?: string; signature?: string; withdrawal?: string; inForceFrom?: string | null; asOf?: string; disagree?: boolean } = {},
): DerivedParticipation {
  const inForceFrom = status === 'party' ? (o.inForceFrom === undefined ? '2000-01-01' : o.inForceFrom) : null;
  const consent = o.consent ? event('ratification', o.consent, instrumentId, code) : status === 'party' ? event('ratification', '1999-12-01', instrumentId, code) : null;
  return {
    instrumentId,
    participantCode: code,
    status,
    signature: o.signature ? event('signature', o.signature, instrumentId, code) : null,
    consent,
    withdrawal: o.withdrawal ? event('withdrawal', o.withdrawal, instrumentId, code) : null,
    inForceFrom,
    inForce: inForceFrom === null ? null : inForceFrom <= (o.asOf ?? '2010-01-01'),
    reservations: [],
    declarations: [],
    disagreements: o.disagree && consent ? [{ slot: 'consent', chosen: consent, others: [consent] }] : [],
  };
}

function prov(instrumentId: string, kind: ProvisionKind, article: string, verified = true): CooperationProvision {
  return { instrumentId, kind, article, paraphrase: `${kind} paraphrase`, source: 'test', verified };
}

// Rows as data/reference/cooperation/provisions.csv gives them (abridged).
const PROVISIONS: Record<string, CooperationProvision[]> = {
  financing1999: [
    prov('financing1999', 'offences', '2; 4'),
    prov('financing1999', 'aut_dedere', '10(1)'),
    prov('financing1999', 'extraditable_deemed_included', '11(1)'),
    prov('financing1999', 'legal_basis_no_treaty', '11(2)'),
    prov('financing1999', 'political_offence_exclusion', '14'),
    prov('financing1999', 'mla_obligation', '12(1)-(3)'),
    prov('financing1999', 'mla_relation_other_treaties', '12(5)'),
    prov('financing1999', 'transfer_detained_persons', '16'),
    prov('financing1999', 'dispute_settlement_icj', '24(1)'),
  ],
  untoc2000: [
    prov('untoc2000', 'scope', '3; 16(1)'),
    prov('untoc2000', 'legal_basis_no_treaty', '16(4)-(5)'),
    prov('untoc2000', 'aut_dedere', '16(10)'),
    prov('untoc2000', 'political_offence_exclusion', 'none'),
    prov('untoc2000', 'mla_obligation', '18(1)-(3)'),
  ],
  tokyo1963: [
    prov('tokyo1963', 'offences', '1(1)'),
    prov('tokyo1963', 'aut_dedere', 'none'),
    prov('tokyo1963', 'no_obligation_to_extradite', '16(2)'),
    prov('tokyo1963', 'political_offence_exclusion', 'none; 2'),
  ],
  hague1970: [prov('hague1970', 'offences', '1; 2'), prov('hague1970', 'aut_dedere', '7'), prov('hague1970', 'legal_basis_no_treaty', '8(2)', false)],
  beijing2010protocol: [prov('beijing2010protocol', 'offences', 'II')],
};

const cand = (id: string, regional = false): Candidate<{ id: string }> => ({ id, instrument: { id }, regional, provisions: PROVISIONS[id] ?? [] });

function facts(
  ids: string[],
  table: Record<string, DerivedParticipation>,
  extra: Partial<FinderFacts<{ id: string }>> = {},
  regional: string[] = [],
): FinderFacts<{ id: string }> {
  return {
    candidates: ids.map((id) => cand(id, regional.includes(id))),
    at: (i, s) => table[`${i}|${s}`] ?? part(i, s, 'none'),
    latest: null,
    bilateral: [],
    declarations: [],
    ...extra,
  };
}

const Q: FinderQuery = { from: 'FRA', to: 'DEU', kind: 'extradition', conduct: 'terrorist-financing', asOf: '2010-01-01' };

describe('candidates', () => {
  const all = new Set(['financing1999', 'untoc2000', 'uncac2003', 'coe_ets024_1957', 'coe_ets030_1959', 'oas_a66_2002', 'tokyo1963']);
  it('lists the conduct’s instruments, UNTOC, then the regional conventions for the kind, only those held', () => {
    expect(candidateIds('terrorist-financing', 'extradition', all)).toEqual(['financing1999', 'untoc2000', 'coe_ets024_1957', 'oas_a66_2002']);
    expect(candidateIds('terrorist-financing', 'mla', all)).toEqual(['financing1999', 'untoc2000', 'coe_ets030_1959', 'oas_a66_2002']);
  });
  it('leaves terrorism-only regional conventions out of corruption and other serious crime', () => {
    expect(candidateIds('corruption', 'extradition', all)).toEqual(['uncac2003', 'untoc2000', 'coe_ets024_1957']);
    expect(candidateIds('other-serious-crime', 'mla', all)).toEqual(['untoc2000', 'coe_ets030_1959']);
  });
});

describe('provisions to cite', () => {
  it('treats "none" and "none; 2" as no provision', () => {
    expect(hasArticle({ article: 'none' })).toBe(false);
    expect(hasArticle({ article: 'none; 2' })).toBe(false);
    expect(hasArticle({ article: '11(2)' })).toBe(true);
  });
  it('cites art. 11 for extradition and art. 12 for assistance (Financing 1999), with the article’s path', () => {
    const ex = citedProvisions(cand('financing1999'), 'extradition');
    expect(ex.map((p) => p.article)).toEqual(['2; 4', '11(1)', '11(2)', '10(1)', '14']);
    expect(ex.find((p) => p.article === '11(2)')!.articlePath).toBe('/api/v1/instruments/financing1999/articles/11');
    const mla = citedProvisions(cand('financing1999'), 'mla');
    expect(mla.map((p) => p.article)).toEqual(['2; 4', '12(1)-(3)', '12(5)', '16', '14']);
  });
  it('cites UNTOC’s own offences only for "other serious crime": a terrorist conduct rests on its scope', () => {
    const untoc = { ...cand('untoc2000'), provisions: [...PROVISIONS.untoc2000!, prov('untoc2000', 'offences', '5; 6; 8; 23')] };
    expect(citedProvisions(untoc, 'mla', 'terrorist-bombing').map((p) => p.article)).toEqual(['3; 16(1)', '18(1)-(3)']);
    expect(citedProvisions(untoc, 'mla', 'other-serious-crime').map((p) => p.article)).toEqual(['3; 16(1)', '5; 6; 8; 23', '18(1)-(3)']);
  });
});

describe('standing and pair outcome', () => {
  it('tells in force, party of unknown date, unknown and out apart', () => {
    expect(standingOf(part('x', 'A', 'party'))).toBe('in-force');
    expect(standingOf(part('x', 'A', 'party', { inForceFrom: null }))).toBe('party-date-unknown');
    expect(standingOf(part('x', 'A', 'party', { inForceFrom: '2011-01-01' }))).toBe('out');
    expect(standingOf(part('x', 'A', 'unknown'))).toBe('unknown');
    for (const s of ['signatory', 'withdrawn', 'none', 'not_adopted', 'not_a_state'] as const) expect(standingOf(part('x', 'A', s))).toBe('out');
  });
  it('does not call two unlisted States "unknown" under a regional convention', () => {
    expect(pairOutcome('unknown', 'unknown', false)).toBe('unknown');
    expect(pairOutcome('unknown', 'unknown', true)).toBe('no');
    expect(pairOutcome('in-force', 'unknown', true)).toBe('unknown');
    expect(pairOutcome('in-force', 'out', false)).toBe('no');
    expect(pairOutcome('in-force', 'in-force', true)).toBe('yes');
  });
});

describe('findLegalBasis', () => {
  it('finds a treaty in force for both, with the later entry into force, its evidence and caveats', () => {
    const a = findLegalBasis(
      Q,
      facts(['financing1999', 'untoc2000'], {
        'financing1999|FRA': part('financing1999', 'FRA', 'party', { inForceFrom: '2002-04-10' }),
        'financing1999|DEU': part('financing1999', 'DEU', 'party', { inForceFrom: '2004-07-17' }),
      }),
    );
    expect(a.applicable).toHaveLength(1);
    const t = a.applicable[0]!;
    expect(t.instrument.id).toBe('financing1999');
    expect(t.inForceForBothFrom).toBe('2004-07-17');
    expect(t.evidence.requested.participantCode).toBe('DEU');
    expect(t.caveats.map((c) => [c.code, c.article])).toEqual([
      ['political-offence-excluded', '14'],
      ['aut-dedere-aut-judicare', '10(1)'],
      ['convention-basis-not-known', '11(2)'],
    ]);
    expect(a.noTreatyBasis).toBe(false);
    // UNTOC: neither is a party ("none" by default here): two near misses, "not a party".
    expect(a.nearMisses.map((m) => [m.instrument.id, m.state, m.reason])).toEqual([
      ['untoc2000', 'FRA', 'not-a-party'],
      ['untoc2000', 'DEU', 'not-a-party'],
    ]);
  });

  it('follows the requested State’s declaration on the convention as a legal basis', () => {
    const both = {
      'untoc2000|FRA': part('untoc2000', 'FRA', 'party'),
      'untoc2000|DEU': part('untoc2000', 'DEU', 'party'),
    };
    const decl = (state: string, kind: StateDeclaration['kind'], declaredOn: string | null): StateDeclaration => ({
      id: `${state}-${kind}`,
      stateCode: state,
      instrumentId: 'untoc2000',
      kind,
      article: '16(5)',
      languages: [],
      text: '',
      declaredOn,
      source: 'UNTC',
      sourceUrl: null,
    });
    const q = { ...Q, conduct: 'other-serious-crime' as const };
    const declined = findLegalBasis(q, facts(['untoc2000'], both, { declarations: [decl('DEU', 'no-convention-basis-for-extradition', '2004-01-01')] }));
    const codes = declined.applicable[0]!.caveats.map((c) => c.code);
    expect(codes).toContain('untoc-organized-crime');
    expect(codes).toContain('convention-basis-declined');
    expect(codes).toContain('political-offence-not-excluded');
    expect(declined.declarations.map((d) => d.id)).toEqual(['DEU-no-convention-basis-for-extradition']);
    // The requesting State's declaration does not decide; a later one of the requested State does.
    const other = findLegalBasis(q, facts(['untoc2000'], both, { declarations: [decl('FRA', 'no-convention-basis-for-extradition', '2004-01-01')] }));
    expect(other.applicable[0]!.caveats.map((c) => c.code)).toContain('convention-basis-not-known');
    const changed = findLegalBasis(
      q,
      facts(['untoc2000'], both, {
        declarations: [decl('DEU', 'no-convention-basis-for-extradition', '2004-01-01'), decl('DEU', 'convention-basis-for-extradition', '2008-01-01')],
      }),
    );
    const c = changed.applicable[0]!.caveats.map((x) => x.code);
    expect(c).not.toContain('convention-basis-declined');
    expect(c).not.toContain('convention-basis-not-known');
    // Not asked for extradition: no legal-basis caveat at all.
    const mla = findLegalBasis({ ...q, kind: 'mla' }, facts(['untoc2000'], both));
    expect(mla.applicable[0]!.caveats.map((x) => x.code)).toEqual(['untoc-organized-crime', 'political-offence-not-excluded']);
  });

  it('warns that Tokyo creates no duty to extradite, and that the Hague binds unamended without the Beijing Protocol', () => {
    const table = {
      'tokyo1963|FRA': part('tokyo1963', 'FRA', 'party'),
      'tokyo1963|DEU': part('tokyo1963', 'DEU', 'party'),
      'hague1970|FRA': part('hague1970', 'FRA', 'party'),
      'hague1970|DEU': part('hague1970', 'DEU', 'party'),
      'beijing2010protocol|FRA': part('beijing2010protocol', 'FRA', 'party'),
    };
    const tokyo = findLegalBasis({ ...Q, conduct: 'on-board-aircraft' }, facts(['tokyo1963'], table));
    expect(tokyo.applicable[0]!.caveats.map((c) => [c.code, c.article])).toEqual([
      ['tokyo-no-extradition-duty', '16(2)'],
      ['political-offence-not-excluded', null],
    ]);
    const hague = findLegalBasis({ ...Q, conduct: 'aircraft-hijacking' }, facts(['hague1970', 'beijing2010protocol'], table));
    const codes = hague.applicable[0]!.caveats.map((c) => c.code);
    expect(codes).toContain('hague-unamended');
    expect(codes).toContain('provision-unverified');
    expect(hague.nearMisses.map((m) => [m.instrument.id, m.state, m.reason])).toEqual([['beijing2010protocol', 'DEU', 'not-a-party']]);
    // Both parties to the Protocol: no such caveat.
    const amended = findLegalBasis(
      { ...Q, conduct: 'aircraft-hijacking' },
      facts(['hague1970', 'beijing2010protocol'], { ...table, 'beijing2010protocol|DEU': part('beijing2010protocol', 'DEU', 'party') }),
    );
    expect(amended.applicable.map((t) => t.instrument.id)).toEqual(['hague1970', 'beijing2010protocol']);
    expect(amended.applicable[0]!.caveats.map((c) => c.code)).not.toContain('hague-unamended');
  });

  it('explains near misses: signed only, joined after the date, not yet in force, date unknown, unknown, withdrawn', () => {
    const at = {
      'financing1999|FRA': part('financing1999', 'FRA', 'party'),
      'financing1999|DEU': part('financing1999', 'DEU', 'signatory', { signature: '2000-07-20' }),
    };
    const later = { 'financing1999|DEU': part('financing1999', 'DEU', 'party', { consent: '2011-06-17' }) };
    const joined = findLegalBasis(Q, facts(['financing1999'], at, { latest: (i, s) => later[`${i}|${s}` as keyof typeof later] ?? part(i, s, 'none') }));
    expect(joined.nearMisses.map((m) => [m.state, m.reason, m.date])).toEqual([['DEU', 'joined-after-date', '2011-06-17']]);
    const signed = findLegalBasis(Q, facts(['financing1999'], at));
    expect(signed.nearMisses.map((m) => [m.state, m.reason, m.date])).toEqual([['DEU', 'signed-not-ratified', '2000-07-20']]);
    expect(signed.noTreatyBasis).toBe(true);
    expect(signed.undetermined).toEqual([]);

    expect(shortfall(part('x', 'A', 'party', { inForceFrom: '2010-02-01' }), null, '2010-01-01')).toEqual({ reason: 'not-yet-in-force', date: '2010-02-01' });
    expect(shortfall(part('x', 'A', 'party', { inForceFrom: null, consent: '2003-01-01' }), null, '2010-01-01')).toEqual({
      reason: 'in-force-date-unknown',
      date: '2003-01-01',
    });
    expect(shortfall(part('x', 'A', 'unknown'), null, '2010-01-01')).toEqual({ reason: 'status-unknown', date: null });
    expect(shortfall(part('x', 'A', 'withdrawn', { withdrawal: '2005-01-01' }), null, '2010-01-01')).toEqual({ reason: 'withdrawn', date: '2005-01-01' });
    expect(shortfall(part('x', 'A', 'party'), null, '2010-01-01')).toBeNull();
    expect(shortfall(part('x', 'A', 'not_adopted'), null, '2010-01-01')).toBeNull();
  });

  it('says "undetermined" rather than guessing when a status or an entry into force is not known', () => {
    const a = findLegalBasis(
      Q,
      facts(['financing1999'], {
        'financing1999|FRA': part('financing1999', 'FRA', 'party', { inForceFrom: null }),
        'financing1999|DEU': part('financing1999', 'DEU', 'unknown'),
      }),
    );
    expect(a.applicable).toEqual([]);
    expect(a.undetermined).toEqual(['financing1999']);
    expect(a.caveats.map((c) => [c.code, c.instrumentId])).toEqual([['in-force-date-unknown', 'financing1999']]);
    expect(a.nearMisses.map((m) => [m.state, m.reason])).toEqual([
      ['FRA', 'in-force-date-unknown'],
      ['DEU', 'status-unknown'],
    ]);
    expect(a.noTreatyBasis).toBe(true);
  });

  it('rests on a regional convention only with its coverage caveat, and ignores one neither State is listed in', () => {
    const table = {
      'oas_a66_2002|FRA': part('oas_a66_2002', 'FRA', 'party'),
      'oas_a66_2002|DEU': part('oas_a66_2002', 'DEU', 'party'),
    };
    const a = findLegalBasis(Q, facts(['oas_a66_2002', 'oau_1999'], { ...table, 'oau_1999|FRA': part('oau_1999', 'FRA', 'unknown'), 'oau_1999|DEU': part('oau_1999', 'DEU', 'unknown') }, {}, ['oas_a66_2002', 'oau_1999']));
    expect(a.applicable[0]!.caveats.map((c) => c.code)).toEqual(['regional-coverage-not-recorded']);
    expect(a.nearMisses).toEqual([]);
    expect(a.undetermined).toEqual([]);
  });

  it('flags disagreeing sources', () => {
    const a = findLegalBasis(
      { ...Q, kind: 'mla' },
      facts(['financing1999'], {
        'financing1999|FRA': part('financing1999', 'FRA', 'party', { disagree: true }),
        'financing1999|DEU': part('financing1999', 'DEU', 'party'),
      }),
    );
    expect(a.applicable[0]!.caveats.map((c) => c.code)).toContain('sources-disagree');
  });
});

describe('bilateral treaties', () => {
  const t = (o: Partial<BilateralTreaty>): BilateralTreaty => ({
    id: 'b',
    kind: 'extradition',
    title: 'Treaty',
    stateA: 'DEU',
    stateB: 'FRA',
    signedOn: null,
    inForceFrom: '2000-01-01',
    terminatedOn: null,
    source: 'gazette',
    sourceUrl: null,
    notes: '',
    ...o,
  });
  it('counts treaties in force on the date, of the kind asked (extradition-and-mla for both)', () => {
    const all = [
      t({ id: 'ex' }),
      t({ id: 'mla', kind: 'mla' }),
      t({ id: 'both', kind: 'extradition-and-mla' }),
      t({ id: 'later', inForceFrom: '2011-01-01' }),
      t({ id: 'ended', terminatedOn: '2009-12-31' }),
      t({ id: 'unknown', inForceFrom: null }),
      t({ id: 'other', stateB: 'ITA' }),
    ];
    expect(bilateralBetween(all, 'FRA', 'DEU', 'extradition', '2010-01-01').map((x) => x.id)).toEqual(['ex', 'both']);
    expect(bilateralBetween(all, 'DEU', 'FRA', 'mla', '2010-01-01').map((x) => x.id)).toEqual(['mla', 'both']);
    const a = findLegalBasis(Q, facts([], {}, { bilateral: all }));
    expect(a.bilateral.map((x) => x.id)).toEqual(['ex', 'both']);
    expect(a.noTreatyBasis).toBe(false);
  });
});

describe('the pair view agrees with the finder', () => {
  // Every combination of standings for two universal instruments and one regional one, for three States.
  const statuses: [ParticipationStatus, string | null | undefined][] = [
    ['party', undefined],
    ['party', null],
    ['party', '2011-01-01'],
    ['unknown', undefined],
    ['signatory', undefined],
    ['none', undefined],
  ];
  const ids = ['financing1999', 'untoc2000', 'oas_a66_2002'];
  const states = ['AAA', 'BBB', 'CCC'];
  it('on every pair of a dense sample', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const table: Record<string, DerivedParticipation> = {};
      for (const i of ids) {
        for (const s of states) {
          const [status, inForceFrom] = statuses[Math.floor(rnd() * statuses.length)]!;
          table[`${i}|${s}`] = part(i, s, status, { inForceFrom });
        }
      }
      const f = facts(ids, table, {}, ['oas_a66_2002']);
      const masks = standingMasks(states, f.candidates, f.at);
      for (let x = 0; x < 3; x++) {
        for (let y = 0; y < 3; y++) {
          if (x === y) continue;
          const a = findLegalBasis({ ...Q, from: states[x]!, to: states[y]! }, f);
          const expected = a.applicable.length ? String(a.applicable.length) : a.undetermined.length ? '?' : '0';
          expect(cellChar(pairCount(masks, x, y), 0, false)).toBe(expected);
        }
      }
    }
  });
  it('adds bilateral treaties and spells the same State "-"', () => {
    expect(cellChar(-1, 0, false)).toBe('?');
    expect(cellChar(-1, 2, false)).toBe('2');
    expect(cellChar(8, 3, false)).toBe('9');
    expect(cellChar(0, 0, true)).toBe('-');
  });
});
