// One assistance request with its timeline, its conversation, the activities under it and their results. Outside
// the caller's scope it does not exist (404, the same answer as a wrong id). Activities keep their own
// confidentiality: the reader sees those they may read, and the results of those (and of the request itself).
import type { Actor } from '#domain/actor.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, type RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { recordTarget as documentTarget } from '../library/document-presenters.ts';
import {
  findVisibleRequest,
  requestAbilities,
  requestTarget,
  toActivityView,
  toMessageView,
  toRequestView,
  toTimelineEntryView,
  visibleActivities,
  type AttachmentView,
  type RequestAbilities,
  type RequestDetail,
} from './request-presenters.ts';
import { auditNamedPeopleReads, type ShownRecord } from '../shared/audit-named-people-reads.ts';

export async function getAssistanceRequest(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: RequestDetail; abilities: RequestAbilities }> {
  const row = await findVisibleRequest(createAssistanceRequestsRepo(db), actor, id);
  return requestDetail(db, actor, row);
}

/** The detail of a request the actor may see (the caller has checked). */
export async function requestDetail(db: Db, actor: Actor, row: RequestRow): Promise<{ data: RequestDetail; abilities: RequestAbilities }> {
  const repo = createAssistanceRequestsRepo(db);
  const [events, messages, activityRows, results] = await Promise.all([
    repo.events(row.id),
    repo.messages(row.id),
    repo.activities(row.id),
    repo.results(row.id),
  ]);
  const shown = await visibleActivities(repo, actor, activityRows);
  const shownIds = new Set(shown.map((a) => a.id));
  // The other requests this one links to (its origin, the requests its referrals opened), each only if readable.
  const linked = await repo.findByIds(
    [row.referredFromRequestId, ...events.map((e) => e.referralRequestId)].filter((id): id is string => id !== null),
  );
  const readable = linked.filter((r) => can(actor, 'assistance-request:read', requestTarget(r)));
  const readableIds = new Set(readable.map((r) => r.id));
  const attached = await attachments(db, actor, row);
  await auditNamedPeopleReads(db, actor, { request: [row], activity: shown, document: attached.shown }, 'assistance-request:read', new Date());
  const origin = readable.find((r) => r.id === row.referredFromRequestId);
  const referredFrom: RequestDetail['referredFrom'] = origin ? { id: origin.id, reference: origin.reference } : null;
  return {
    data: {
      ...toRequestView(row, readableIds),
      timeline: events.map((e) => toTimelineEntryView(e, readableIds)),
      messages: messages.map(toMessageView),
      activities: shown.map(toActivityView),
      // A result of an activity follows the activity's confidentiality (whatever request it also names); a result of
      // the request itself, the request's.
      results: results.filter((r) => (r.activityId === null ? r.requestId === row.id : shownIds.has(r.activityId))),
      attachments: attached.views,
      referredFrom,
    },
    abilities: requestAbilities(actor, row),
  };
}

/** Each attachment keeps its own confidentiality: its title only to those who may read it. */
async function attachments(db: Db, actor: Actor, row: RequestRow): Promise<{ views: AttachmentView[]; shown: ShownRecord[] }> {
  const documents = createDocumentsRepo(db);
  const ids = [...new Set([...(row.noteVerbaleDocumentId ? [row.noteVerbaleDocumentId] : []), ...row.attachmentDocumentIds])];
  const out: AttachmentView[] = [];
  const shown: ShownRecord[] = [];
  for (const id of ids) {
    const doc = await documents.findById(id);
    const readable = !!doc && can(actor, 'document:read', documentTarget(doc));
    if (readable) shown.push(doc);
    out.push({
      id,
      title: readable ? doc.title : null,
      fileName: readable ? doc.fileName : null,
      mediaType: readable ? doc.mediaType : null,
    });
  }
  return { views: out, shown };
}
