// The legal-basis finder (issue 11 §2): which treaties let State A ask State B for extradition or mutual legal
// assistance about one conduct on one date, which articles to cite, what to beware of, what almost applies and
// why not. Pure: the caller passes each State's derived participation (src/domain/treaties/status.ts), the
// bilateral treaties and declarations recorded, and the date.
import type { DerivedParticipation } from '../treaties/types.ts';
import { statusWithoutActs, type InstrumentTiming } from '../treaties/status.ts';
import { articlePath } from '../treaties/articles.ts';
import { REGIONAL_CONVENTIONS, UNTOC, instrumentsFor, type ConductId } from './conducts.ts';
import type {
  BilateralTreaty,
  CooperationKind,
  CooperationProvision,
  ProvisionKind,
  StateDeclaration,
} from './types.ts';

/** The caveats an answer may carry (the API contract, src/http/schemas/cooperation/finder.ts, takes them from here). */
export const CAVEAT_CODES = [
  'untoc-organized-crime',
  'tokyo-no-extradition-duty',
  'no-penal-clauses',
  'hague-unamended',
  'montreal-unamended',
  'political-offence-excluded',
  'political-offence-not-excluded',
  'aut-dedere-aut-judicare',
  'in-force-date-unknown',
  'provision-unverified',
  'convention-basis-declined',
  'convention-basis-not-known',
  'regional-coverage-not-recorded',
  'sources-disagree',
] as const;
export type CaveatCode = (typeof CAVEAT_CODES)[number];

/** Why an instrument almost applies (also the API contract's). */
export const NEAR_MISS_REASONS = [
  'signed-not-ratified',
  'joined-after-date',
  'not-yet-in-force',
  'in-force-date-unknown',
  'status-unknown',
  'not-a-party',
  'withdrawn',
] as const;
export type NearMissReason = (typeof NEAR_MISS_REASONS)[number];

export interface Caveat {
  code: CaveatCode;
  instrumentId: string | null;
  article: string | null;
  text: string;
}

export interface CitedProvision {
  kind: ProvisionKind;
  article: string;
  paraphrase: string;
  verified: boolean;
  articlePath: string | null;
}

/** One instrument the conduct may rest on, with what the treaty says about cooperation. */
export interface Candidate<I> {
  id: string;
  instrument: I;
  regional: boolean;
  provisions: readonly CooperationProvision[];
}

/** A State's participation in an instrument on a date (always given: see `absentParticipation`). */
export type ParticipationOf = (instrumentId: string, stateCode: string) => DerivedParticipation;

export interface FinderQuery {
  from: string;
  to: string;
  kind: CooperationKind;
  conduct: ConductId;
  asOf: string;
}

export interface FinderFacts<I> {
  candidates: readonly Candidate<I>[];
  /** Participation on the date asked. */
  at: ParticipationOf;
  /** Participation on the newest data (to tell "joined after the date"); null when the date asked is that date. */
  latest: ParticipationOf | null;
  /** Bilateral treaties recorded between the two States (any date, any kind: the finder filters). */
  bilateral: readonly BilateralTreaty[];
  /** Declarations recorded for either State (any instrument: the finder filters). */
  declarations: readonly StateDeclaration[];
}

export interface ApplicableTreaty<I> {
  instrument: I;
  inForceForBothFrom: string | null;
  provisions: CitedProvision[];
  evidence: { requesting: DerivedParticipation; requested: DerivedParticipation };
  caveats: Caveat[];
}

export interface NearMiss<I> {
  instrument: I;
  state: string;
  reason: NearMissReason;
  date: string | null;
  evidence: DerivedParticipation;
}

export interface FinderAnswer<I> {
  applicable: ApplicableTreaty<I>[];
  bilateral: BilateralTreaty[];
  nearMisses: NearMiss<I>[];
  caveats: Caveat[];
  declarations: StateDeclaration[];
  /** Instruments that may apply but cannot be told: a status or an entry-into-force date is not known. */
  undetermined: string[];
  noTreatyBasis: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates

const TERRORISM_CONDUCTS: ReadonlySet<ConductId> = new Set<ConductId>([
  'on-board-aircraft',
  'aircraft-hijacking',
  'civil-aviation-sabotage',
  'airport-violence',
  'protected-persons',
  'hostage-taking',
  'nuclear-material',
  'ships',
  'fixed-platforms',
  'plastic-explosives',
  'terrorist-bombing',
  'terrorist-financing',
  'nuclear-terrorism',
]);

/**
 * The instruments a request may rest on, in the order the answer lists them: the conduct's own instruments, UNTOC,
 * then the regional conventions that provide for this kind of cooperation (those on terrorism only for a terrorist
 * conduct). Only instruments Accord holds (`held`) count.
 */
export function candidateIds(conduct: ConductId, kind: CooperationKind, held: ReadonlySet<string>): string[] {
  const regional = regionalConventionsFor(conduct).filter((r) => r.kinds.includes(kind));
  return [...instrumentsFor(conduct), ...regional.map((r) => r.id)].filter((id) => held.has(id));
}

/** The regional conventions that may cover a conduct: the general ones always, those on terrorism for a terrorist conduct. */
export function regionalConventionsFor(conduct: ConductId): (typeof REGIONAL_CONVENTIONS)[number][] {
  return REGIONAL_CONVENTIONS.filter((r) => !r.terrorism || TERRORISM_CONDUCTS.has(conduct));
}

export const isRegional = (id: string) => REGIONAL_CONVENTIONS.some((r) => r.id === id);

/** The participation of a State with no recorded act for an instrument (no events at all). */
export function absentParticipation(
  instrument: InstrumentTiming,
  participantCode: string,
  asOf: string,
  stateSince: string | null | undefined,
): DerivedParticipation {
  return {
    instrumentId: instrument.id,
    participantCode,
    status: statusWithoutActs(instrument, asOf, stateSince),
    signature: null,
    consent: null,
    withdrawal: null,
    inForceFrom: null,
    inForce: null,
    reservations: [],
    declarations: [],
    disagreements: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One State, one instrument; then a pair

/**
 * `in-force`: party and in force on the date; `party-date-unknown`: party, but when it entered into force for the
 * State is not known; `unknown`: no complete list says whether it takes part; `out`: known not to be bound on the
 * date (not a party, signatory only, withdrawn, not yet in force, not yet adopted, not yet a State).
 */
export type Standing = 'in-force' | 'party-date-unknown' | 'unknown' | 'out';

export function standingOf(d: DerivedParticipation): Standing {
  if (d.status === 'party') return d.inForce === true ? 'in-force' : d.inForce === null ? 'party-date-unknown' : 'out';
  return d.status === 'unknown' ? 'unknown' : 'out';
}

/**
 * Whether an instrument binds both States on the date: `yes` (in force for both), `unknown` (neither is known to be
 * out, and one's status or date is not known), `no`. A regional convention's lists are partial: two States neither
 * of which is listed as a party are `no` (else every pair in the world would be "unknown" under every regional
 * convention), while one listed party and one State of unknown status is `unknown`.
 */
export function pairOutcome(a: Standing, b: Standing, regional: boolean): 'yes' | 'unknown' | 'no' {
  if (a === 'in-force' && b === 'in-force') return 'yes';
  if (a === 'out' || b === 'out') return 'no';
  if (regional && a === 'unknown' && b === 'unknown') return 'no';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------------------------
// Provisions to cite

/** What a request of each kind cites, in this order. */
export const PROVISIONS_FOR: Record<CooperationKind, readonly ProvisionKind[]> = {
  extradition: [
    'scope',
    'offences',
    'extraditable_deemed_included',
    'legal_basis_no_treaty',
    'extradition_without_treaty',
    'extradition_treaties_modified',
    'territoriality_fiction',
    'aut_dedere',
    'conditional_surrender_nationals',
    'extradition_conditions',
    'no_obligation_to_extradite',
    'political_offence_exclusion',
    'fiscal_offence_exclusion',
    'non_discrimination',
    'consultation_before_refusal',
  ],
  mla: [
    'scope',
    'offences',
    'mla_obligation',
    'mla_relation_other_treaties',
    'mla_refusal_grounds',
    'transfer_detained_persons',
    'political_offence_exclusion',
    'fiscal_offence_exclusion',
    'non_discrimination',
  ],
};

/** "none", "none; 2": the treaty has no such provision (what follows "none;" is a remark, not the provision). */
export function hasArticle(p: Pick<CooperationProvision, 'article'>): boolean {
  return !/^\s*none\b/i.test(p.article) && p.article.trim() !== '';
}

const provisionOf = (c: Candidate<unknown>, kind: ProvisionKind) => c.provisions.find((p) => p.kind === kind);

export function citedProvisions(c: Candidate<unknown>, kind: CooperationKind, conduct?: ConductId): CitedProvision[] {
  const out: CitedProvision[] = [];
  // UNTOC's own offences (participation in an organized criminal group, laundering, corruption, obstruction of
  // justice) are not the conduct of a request about terrorism: there it rests on its scope, art. 3 and 16(1).
  const skipOffences = c.id === UNTOC && conduct !== undefined && conduct !== 'other-serious-crime';
  for (const k of PROVISIONS_FOR[kind]) {
    if (k === 'offences' && skipOffences) continue;
    for (const p of c.provisions) {
      if (p.kind !== k || !hasArticle(p)) continue;
      out.push({
        kind: p.kind,
        article: p.article,
        paraphrase: p.paraphrase,
        verified: p.verified,
        articlePath: articlePath(c.id, p.article),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Caveats

const CAVEAT_TEXT: Record<CaveatCode, string> = {
  'untoc-organized-crime':
    'UNTOC applies only where the offence is transnational in nature and involves an organized criminal group (art. 3), and, for extradition, is punishable under the law of both States (art. 16(1)).',
  'tokyo-no-extradition-duty': 'The Tokyo Convention creates no obligation to grant extradition (art. 16(2)).',
  'no-penal-clauses': 'This instrument defines no offences and has no extradition or assistance clauses.',
  'hague-unamended':
    'The Beijing Protocol 2010 is not in force for both States, or not known to be: unless it is, they are bound only by the unamended text of the Hague Convention 1970.',
  'montreal-unamended':
    'The Beijing Convention 2010 is not in force for both States, or not known to be: unless it is, they are bound only by the unamended texts of the Montreal Convention 1971 and its 1988 Protocol.',
  'political-offence-excluded':
    'The offence may not be regarded as a political offence: a request may not be refused on that ground alone.',
  'political-offence-not-excluded':
    'This instrument does not exclude the political-offence exception: the requested State may refuse on that ground.',
  'aut-dedere-aut-judicare':
    'If the requested State does not extradite, it must submit the case to its own authorities for prosecution (aut dedere aut judicare).',
  'in-force-date-unknown':
    'When the instrument entered into force for one of the States is not known: whether it applies on this date cannot be told.',
  'provision-unverified': 'This provision has not been checked against the treaty text.',
  'convention-basis-declined':
    'The requested State declared that it does not take this convention as the legal basis for extradition.',
  'convention-basis-not-known':
    'Whether the requested State takes this convention as the legal basis for extradition is not known to Accord (no declaration recorded).',
  'regional-coverage-not-recorded':
    'The articles of this regional convention are not recorded in Accord: check that it covers the conduct and this kind of request.',
  'sources-disagree': 'The sources disagree about one of the States’ participation: see the evidence.',
};

export const caveatText = (code: CaveatCode) => CAVEAT_TEXT[code];

function caveat(code: CaveatCode, instrumentId: string | null, article: string | null = null): Caveat {
  return { code, instrumentId, article, text: CAVEAT_TEXT[code] };
}

/** Instruments whose later amendment changes what binds two States that are parties to both. */
const AMENDED_BY: Record<string, { by: string; code: CaveatCode }> = {
  hague1970: { by: 'beijing2010protocol', code: 'hague-unamended' },
  montreal1971: { by: 'beijing2010convention', code: 'montreal-unamended' },
  airports1988: { by: 'beijing2010convention', code: 'montreal-unamended' },
};

function treatyCaveats<I>(
  c: Candidate<I>,
  q: FinderQuery,
  facts: FinderFacts<I>,
  evidence: { requesting: DerivedParticipation; requested: DerivedParticipation },
  cited: CitedProvision[],
): Caveat[] {
  const out: Caveat[] = [];
  if (c.regional) {
    out.push(caveat('regional-coverage-not-recorded', c.id));
  }
  if (c.id === UNTOC) {
    const scope = provisionOf(c, 'scope');
    out.push(caveat('untoc-organized-crime', c.id, scope && hasArticle(scope) ? scope.article : '3'));
  }
  const offences = provisionOf(c, 'offences');
  if (offences && !hasArticle(offences)) out.push(caveat('no-penal-clauses', c.id));
  if (q.kind === 'extradition') {
    const noDuty = provisionOf(c, 'no_obligation_to_extradite');
    if (noDuty && hasArticle(noDuty)) out.push(caveat('tokyo-no-extradition-duty', c.id, noDuty.article));
  }
  const amended = AMENDED_BY[c.id];
  if (amended) {
    const both = [q.from, q.to].every((s) => standingOf(facts.at(amended.by, s)) === 'in-force');
    if (!both) out.push(caveat(amended.code, c.id));
  }
  if (!c.regional) {
    const political = provisionOf(c, 'political_offence_exclusion');
    if (political && hasArticle(political)) out.push(caveat('political-offence-excluded', c.id, political.article));
    else out.push(caveat('political-offence-not-excluded', c.id));
  }
  if (q.kind === 'extradition') {
    const aut = provisionOf(c, 'aut_dedere');
    if (aut && hasArticle(aut)) out.push(caveat('aut-dedere-aut-judicare', c.id, aut.article));
    const basis = provisionOf(c, 'legal_basis_no_treaty');
    if (basis && hasArticle(basis)) {
      const said = facts.declarations.filter(
        (d) =>
          d.stateCode === q.to &&
          d.instrumentId === c.id &&
          (d.kind === 'no-convention-basis-for-extradition' || d.kind === 'convention-basis-for-extradition') &&
          (d.declaredOn === null || d.declaredOn <= q.asOf),
      );
      // The latest recorded word counts (a State may change its notification).
      const last = [...said].sort((a, b) => (a.declaredOn ?? '').localeCompare(b.declaredOn ?? '')).pop();
      if (!last) out.push(caveat('convention-basis-not-known', c.id, basis.article));
      else if (last.kind === 'no-convention-basis-for-extradition') out.push(caveat('convention-basis-declined', c.id, last.article || basis.article));
    }
  }
  for (const p of cited) if (!p.verified) out.push(caveat('provision-unverified', c.id, p.article));
  if (evidence.requesting.disagreements.length || evidence.requested.disagreements.length) {
    out.push(caveat('sources-disagree', c.id));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Near misses

const laterOf = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);

/** Why one State's participation falls short on the date, or null when it does not (in force) or says nothing. */
export function shortfall(
  d: DerivedParticipation,
  latest: DerivedParticipation | null,
  asOf: string,
): { reason: NearMissReason; date: string | null } | null {
  const joinedLater = latest?.status === 'party' && latest.consent?.date && latest.consent.date > asOf ? latest.consent.date : null;
  switch (d.status) {
    case 'party':
      if (d.inForce === true) return null;
      if (d.inForce === null) return { reason: 'in-force-date-unknown', date: d.consent?.date ?? null };
      return { reason: 'not-yet-in-force', date: d.inForceFrom };
    case 'signatory':
      return joinedLater ? { reason: 'joined-after-date', date: joinedLater } : { reason: 'signed-not-ratified', date: d.signature?.date ?? null };
    case 'withdrawn':
      return { reason: 'withdrawn', date: d.withdrawal?.date ?? null };
    case 'unknown':
      return joinedLater ? { reason: 'joined-after-date', date: joinedLater } : { reason: 'status-unknown', date: null };
    case 'none':
    case 'not_a_state':
      return joinedLater ? { reason: 'joined-after-date', date: joinedLater } : { reason: 'not-a-party', date: null };
    case 'not_adopted':
      return null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bilateral treaties

export function bilateralCovers(t: Pick<BilateralTreaty, 'kind'>, kind: CooperationKind): boolean {
  return t.kind === kind || t.kind === 'extradition-and-mla';
}

export function bilateralInForce(t: Pick<BilateralTreaty, 'inForceFrom' | 'terminatedOn'>, asOf: string): boolean {
  return t.inForceFrom !== null && t.inForceFrom <= asOf && (t.terminatedOn === null || t.terminatedOn > asOf);
}

export function bilateralBetween(
  treaties: readonly BilateralTreaty[],
  a: string,
  b: string,
  kind: CooperationKind,
  asOf: string,
): BilateralTreaty[] {
  const [x, y] = a < b ? [a, b] : [b, a];
  return treaties.filter((t) => t.stateA === x && t.stateB === y && bilateralCovers(t, kind) && bilateralInForce(t, asOf));
}

// ---------------------------------------------------------------------------------------------------------------
// The answer

export function findLegalBasis<I>(q: FinderQuery, facts: FinderFacts<I>): FinderAnswer<I> {
  const applicable: ApplicableTreaty<I>[] = [];
  const nearMisses: NearMiss<I>[] = [];
  const undetermined: string[] = [];
  const caveats: Caveat[] = [];
  const found = new Set<string>();
  for (const c of facts.candidates) {
    const requesting = facts.at(c.id, q.from);
    const requested = facts.at(c.id, q.to);
    if (requesting.status === 'not_adopted') continue; // nothing to say about an instrument not yet adopted
    const [a, b] = [standingOf(requesting), standingOf(requested)];
    const outcome = pairOutcome(a, b, c.regional);
    if (outcome === 'yes') {
      const evidence = { requesting, requested };
      const provisions = citedProvisions(c, q.kind, q.conduct);
      found.add(c.id);
      applicable.push({
        instrument: c.instrument,
        inForceForBothFrom: laterOf(requesting.inForceFrom, requested.inForceFrom),
        provisions,
        evidence,
        caveats: treatyCaveats(c, q, facts, evidence, provisions),
      });
      continue;
    }
    if (outcome === 'unknown') {
      undetermined.push(c.id);
      if (a === 'party-date-unknown' || b === 'party-date-unknown') caveats.push(caveat('in-force-date-unknown', c.id));
    }
    // A regional convention neither State is listed in is no near miss: it is simply not theirs.
    if (c.regional && a !== 'in-force' && a !== 'party-date-unknown' && b !== 'in-force' && b !== 'party-date-unknown') continue;
    for (const [state, d] of [
      [q.from, requesting],
      [q.to, requested],
    ] as const) {
      const short = shortfall(d, facts.latest ? facts.latest(c.id, state) : null, q.asOf);
      if (short) nearMisses.push({ instrument: c.instrument, state, reason: short.reason, date: short.date, evidence: d });
    }
  }
  const bilateral = bilateralBetween(facts.bilateral, q.from, q.to, q.kind, q.asOf);
  const declarations = facts.declarations.filter(
    (d) => (d.stateCode === q.from || d.stateCode === q.to) && found.has(d.instrumentId) && (d.declaredOn === null || d.declaredOn <= q.asOf),
  );
  return {
    applicable,
    bilateral,
    nearMisses,
    caveats,
    declarations,
    undetermined,
    noTreatyBasis: applicable.length === 0 && bilateral.length === 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The pair view: every ordered pair of States, counted from per-State standings (O(states × instruments) derivations).

/**
 * Per State, bit masks over the candidates (at most 31 of them): in force; party with an unknown date; status
 * unknown. Built once per date, conduct and kind; each pair then costs a few integer operations.
 */
export interface StandingMasks {
  inForce: Int32Array;
  partyDateUnknown: Int32Array;
  unknown: Int32Array;
  /** Bits of the regional candidates. */
  regional: number;
}

export function standingMasks(states: readonly string[], candidates: readonly { id: string; regional: boolean }[], at: ParticipationOf): StandingMasks {
  if (candidates.length > 31) throw new Error('at most 31 candidate instruments');
  const n = states.length;
  const m: StandingMasks = { inForce: new Int32Array(n), partyDateUnknown: new Int32Array(n), unknown: new Int32Array(n), regional: 0 };
  candidates.forEach((c, bit) => {
    if (c.regional) m.regional |= 1 << bit;
    for (let i = 0; i < n; i++) {
      const s = standingOf(at(c.id, states[i]!));
      if (s === 'in-force') m.inForce[i]! |= 1 << bit;
      else if (s === 'party-date-unknown') m.partyDateUnknown[i]! |= 1 << bit;
      else if (s === 'unknown') m.unknown[i]! |= 1 << bit;
    }
  });
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The count of instruments in force for both, or -1 when none is but one may be (pairOutcome `unknown`), for the
 * ordered pair (i, j). Agrees with findLegalBasis: count = applicable.length, -1 ⇔ undetermined is not empty.
 */
export function pairCount(m: StandingMasks, i: number, j: number): number {
  const both = m.inForce[i]! & m.inForce[j]!;
  if (both) return popcount(both);
  const listedI = m.inForce[i]! | m.partyDateUnknown[i]!;
  const listedJ = m.inForce[j]! | m.partyDateUnknown[j]!;
  const maybeI = listedI | m.unknown[i]!;
  const maybeJ = listedJ | m.unknown[j]!;
  // Neither out, and (for regional ones) at least one listed as a party.
  const possible = maybeI & maybeJ & (~m.regional | listedI | listedJ);
  return possible ? -1 : 0;
}

/** One character per ordered pair, as the PairView contract spells it. */
export function cellChar(count: number, bilateral: number, same: boolean): string {
  if (same) return '-';
  if (count < 0) return bilateral > 0 ? String(Math.min(9, bilateral)) : '?';
  return String(Math.min(9, count + bilateral));
}
