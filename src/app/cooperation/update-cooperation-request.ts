// Saves a step of a draft (issue 12 §1): each part of the content sent replaces the stored part, merged over it, so a
// step saves only what it shows. References inside are checked against what Accord knows: the requested authority is
// an entry of the requested State (choosing it fills the name, address and channel from the directory), the treaty
// exists, the bilateral treaty is one of the register between the two States. Only the requesting side edits, and
// only a draft; whether the requested authority sees the content may change at any time. Named by the version it was
// made on (ADR 19). The answer says what is still missing.
import type { Actor } from '#domain/actor.ts';
import { STEP_CONTENT, type RequestContent, type RequestStep } from '#domain/cooperation/requests.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, type CooperationRequestPatch } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import {
  assertDraft,
  auditRequest,
  checkLegalBasis,
  findRequestFor,
  presentRequest,
  requestedAuthorityOf,
  requestNotFound,
  requestTarget,
  type RequestDetailView,
} from './request-presenters.ts';

type Part<K extends keyof RequestContent> = RequestContent[K] extends unknown[] ? RequestContent[K] : Partial<RequestContent[K]>;

export interface CooperationRequestChanges {
  step?: string;
  content?: { [K in keyof RequestContent]?: Part<K> };
  contentShared?: boolean;
}

export async function updateCooperationRequest(
  db: Db,
  actor: Actor,
  id: string,
  changes: CooperationRequestChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: RequestDetailView }> {
  const updated = await inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const current = await findRequestFor(repo, actor, id, 'cooperation-request:edit', true);
    assertVersion(current, expectedVersion);
    const parts = Object.keys(changes.content ?? {}) as (keyof RequestContent)[];
    if (parts.length > 0 || changes.step !== undefined) assertDraft(current);
    // Showing the content to the other authority is the requesting authority's own choice, not a named person's.
    if (changes.contentShared !== undefined && !can(actor, 'cooperation-request:share', requestTarget(current))) throw requestNotFound(id);

    const content = mergeContent(current.content, changes.content ?? {});
    if (changes.content?.requested?.authorityId) {
      const entry = await requestedAuthorityOf(tx, changes.content.requested.authorityId, current.requestedStateCode, ['content', 'requested', 'authorityId']);
      content.requested = { ...content.requested, authorityName: entry.name, address: entry.address, channel: entry.channels[0] ?? '' };
    }
    if (changes.content?.legalBasis) await checkLegalBasis(tx, content.legalBasis, [current.requestingStateCode, current.requestedStateCode]);

    const patch: CooperationRequestPatch = { updatedAt: now };
    if (parts.length > 0) {
      Object.assign(patch, {
        content,
        requestedAuthorityId: content.requested.authorityId,
        instrumentId: content.legalBasis.instrumentId,
        requestingReference: content.requesting.reference,
      });
    }
    if (changes.contentShared !== undefined) patch.contentShared = changes.contentShared;
    if (!(await repo.update(current.id, patch, expectedVersion))) throw staleVersion(expectedVersion);
    await auditRequest(
      tx,
      actor,
      'cooperation-request:update',
      current.id,
      {
        before: { contentShared: current.contentShared },
        after: { step: (changes.step as RequestStep | undefined) ?? null, parts, contentShared: patch.contentShared ?? current.contentShared },
      },
      now,
    );
    return (await repo.findById(current.id))!;
  });
  return presentRequest(db, actor, updated, now);
}

/** Each part given replaces the stored one: objects merged over it (a step sends its fields), lists whole. */
export function mergeContent(stored: RequestContent, given: CooperationRequestChanges['content'] & object): RequestContent {
  const out = structuredClone(stored);
  for (const key of Object.values(STEP_CONTENT)) {
    const value = given[key];
    if (value === undefined) continue;
    (out as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? value : { ...(stored[key] as object), ...(value as object) };
  }
  return out;
}
