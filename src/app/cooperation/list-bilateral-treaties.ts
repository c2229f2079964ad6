// Bilateral treaties, filtered by State, pair, kind, title and date in force; public (they are public facts).
import type { Actor } from '#domain/actor.ts';
import { normalisePair } from '#domain/cooperation/bilateral-treaties.ts';
import type { BilateralTreatyKind } from '#domain/cooperation/types.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo, type BilateralTreatyFilters } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import {
  bilateralTreatyAbilities,
  bilateralTreatyListAbilities,
  toBilateralTreatyView,
  type BilateralTreatyAbilities,
  type BilateralTreatyListAbilities,
  type BilateralTreatyView,
} from './bilateral-treaty-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface BilateralTreatiesQuery extends PageQuery {
  stateCode?: string;
  /** With stateCode: the pair of the two. */
  otherStateCode?: string;
  kind?: BilateralTreatyKind;
  q?: string;
  inForceOn?: string;
}

export async function listBilateralTreaties(
  db: Db,
  actor: Actor,
  query: BilateralTreatiesQuery,
): Promise<Page<BilateralTreatyView & { abilities: BilateralTreatyAbilities }> & { abilities: BilateralTreatyListAbilities }> {
  authorize(actor, 'legal-basis:read');
  const filters: BilateralTreatyFilters = {};
  const state = query.stateCode?.toUpperCase();
  const other = query.otherStateCode?.toUpperCase();
  if (state && other) filters.pair = normalisePair(state, other);
  else if (state || other) filters.stateCode = state ?? other;
  if (query.kind) filters.kind = query.kind;
  if (query.q?.trim()) filters.q = query.q.trim();
  if (query.inForceOn) filters.inForceOn = query.inForceOn;
  const { rows, total } = await createBilateralTreatiesRepo(db).list(filters, offsetOf(query));
  return {
    data: rows.map((r) => ({ ...toBilateralTreatyView(r), abilities: bilateralTreatyAbilities(actor, r) })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    abilities: bilateralTreatyListAbilities(actor),
  };
}
