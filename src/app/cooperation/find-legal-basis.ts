// The legal-basis finder (issue 11 §2): which treaty lets State A ask State B, which article to cite, and whom to ask.
// The treaty part is derived from the cached treaty dataset; bilateral treaties, declarations and authorities are
// user records read on every call (the treaty data version does not cover them).
import type { Db } from '#db/client.ts';
import { createFinderRepo } from '#db/repos/cooperation/finder.repo.ts';
import { AppError } from '#domain/errors.ts';
import { findLegalBasis as find } from '#domain/cooperation/finder.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import { AUTHORITY_STALE_AFTER_MONTHS, type AuthorityKind, type CooperationKind } from '#domain/cooperation/types.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import { resolveAsOf } from '../shared/as-of.ts';
import { toInstrumentSummary } from '../treaties/treaty-presenters.ts';
import {
  candidatesFor,
  loadFinderDataset,
  participationOn,
  requireState,
  toEvidence,
  toStateRef,
} from './finder-facts.ts';

export interface LegalBasisQuery {
  from: string;
  to: string;
  kind: CooperationKind;
  conduct: ConductId;
  asOf?: string;
}

/** The authorities a request of this kind goes to: the kind's own, and the central authorities. */
const AUTHORITY_KINDS_FOR: Record<CooperationKind, AuthorityKind[]> = {
  extradition: ['extradition', 'central-authority'],
  mla: ['mla', 'central-authority'],
};

/** The instant AUTHORITY_STALE_AFTER_MONTHS before now: an entry confirmed before it is stale. */
export function staleBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - AUTHORITY_STALE_AFTER_MONTHS);
  return d;
}

export async function findLegalBasis(db: Db, query: LegalBasisQuery, now: Date) {
  const { ds, provisions } = await loadFinderDataset(db);
  const asOf = resolveAsOf(query.asOf, now);
  const requesting = requireState(ds, query.from, 'from');
  const requested = requireState(ds, query.to, 'to');
  if (requesting.code === requested.code) {
    throw new AppError('VALIDATION_FAILED', 'to: the requested State must differ from the requesting State.', {
      params: { parameter: 'to' },
      issues: [{ path: ['query', 'to'], code: 'same_state', message: 'must differ from the requesting State (from)' }],
    });
  }
  const repo = createFinderRepo(db);
  const [bilateral, declarations, authorities] = await Promise.all([
    repo.bilateralBetween(requesting.code, requested.code),
    repo.declarationsOf([requesting.code, requested.code]),
    repo.authorityLinks(requested.code, AUTHORITY_KINDS_FOR[query.kind]),
  ]);
  const today = todayIso(now);
  const answer = find(
    { from: requesting.code, to: requested.code, kind: query.kind, conduct: query.conduct, asOf },
    {
      candidates: candidatesFor(ds, provisions, query.conduct, query.kind),
      at: participationOn(ds, asOf, false),
      latest: asOf < today ? participationOn(ds, today, false) : null,
      bilateral,
      declarations,
    },
  );
  const stale = staleBefore(now);
  return {
    asOf,
    kind: query.kind,
    conduct: query.conduct,
    requesting: toStateRef(requesting),
    requested: toStateRef(requested),
    applicable: answer.applicable.map((a) => ({
      instrument: toInstrumentSummary(a.instrument),
      inForceForBothFrom: a.inForceForBothFrom,
      provisions: a.provisions,
      evidence: { requesting: toEvidence(a.evidence.requesting), requested: toEvidence(a.evidence.requested) },
      caveats: a.caveats,
    })),
    bilateral: answer.bilateral.map((b) => ({
      id: b.id,
      kind: b.kind,
      title: b.title,
      signedOn: b.signedOn,
      inForceFrom: b.inForceFrom,
      source: b.source,
      sourceUrl: b.sourceUrl,
    })),
    nearMisses: answer.nearMisses.map((m) => ({
      instrument: toInstrumentSummary(m.instrument),
      state: m.state,
      reason: m.reason,
      date: m.date,
      evidence: toEvidence(m.evidence),
    })),
    caveats: answer.caveats,
    declarations: answer.declarations.map((d) => ({
      id: d.id,
      state: d.stateCode,
      instrumentId: d.instrumentId,
      kind: d.kind,
      article: d.article,
      languages: d.languages,
      text: d.text,
      declaredOn: d.declaredOn,
      source: d.source,
      sourceUrl: d.sourceUrl,
    })),
    undetermined: answer.undetermined,
    noTreatyBasis: answer.noTreatyBasis,
    authorities: authorities.map((a) => ({
      id: a.id,
      kind: a.kind,
      instrumentId: a.instrumentId,
      name: a.name,
      channels: a.channels,
      languages: a.languages,
      stale: a.confirmedAt < stale,
    })),
  };
}

export type LegalBasisAnswerView = Awaited<ReturnType<typeof findLegalBasis>>;
