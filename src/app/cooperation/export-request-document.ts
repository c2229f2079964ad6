// A request as a document (issue 12 §1): the DOCX the requesting authority signs and sends, or the printable page, in
// the language the requested State accepts (by default the one chosen on the request) with the template's words in
// that language. Only those who may read the request's content get it; to anyone else the request does not exist
// (404). Each download is a read of confidential content: audited before the file leaves, so a read that cannot be
// recorded does not happen.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '#domain/cooperation/requests.ts';
import { buildRequestOutline } from '#domain/cooperation/request-document.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import { createCooperationRequestsRepo, toRequestAccess } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { renderRequestDocx } from './render-request-docx.ts';
import { renderRequestHtml } from './render-request-html.ts';
import { requestTemplate } from './request-template.ts';

export const REQUEST_DOCUMENT_FORMATS = ['docx', 'html'] as const;
export type RequestDocumentFormat = (typeof REQUEST_DOCUMENT_FORMATS)[number];

export interface RequestDocument {
  fileName: string;
  contentType: string;
  body: Buffer | string;
  /** For the page: its content security policy. */
  csp: string | null;
}

const CONTENT_TYPES: Record<RequestDocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

const isTemplateLanguage = (code: string): code is TemplateLanguage => (TEMPLATE_LANGUAGES as readonly string[]).includes(code);

/** A file name any system accepts: the user's reference reduced to ASCII letters, digits, dots and dashes. */
function fileStem(kind: string, reference: string, id: string): string {
  const ref = reference
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return `${kind === 'mla' ? 'mla-request' : 'extradition-request'}-${ref || id.slice(0, 8)}`;
}

export async function exportRequestDocument(
  db: Db,
  ctx: { actor: Actor },
  query: { id: string; format: RequestDocumentFormat; language?: string | undefined },
  now: Date,
): Promise<RequestDocument> {
  const row = await createCooperationRequestsRepo(db).findById(query.id);
  if (!row || !can(ctx.actor, 'cooperation-request:read-content', { kind: 'cooperation-request', request: toRequestAccess(row) })) {
    throw new AppError('NOT_FOUND', 'No such request.', { params: { resource: 'cooperation-request', id: query.id } });
  }
  const language = query.language ?? row.content.requested.language;
  if (!isTemplateLanguage(language)) {
    // The template's words exist in the six UN languages only; the request's own language may be another (or unset).
    throw new AppError('VALIDATION_FAILED', 'The document can be written in one of the six UN languages.', {
      params: { language, languages: TEMPLATE_LANGUAGES.join(',') },
      issues: [{ path: ['query', 'language'], code: 'invalid_value', message: `must be one of ${TEMPLATE_LANGUAGES.join(', ')}` }],
    });
  }

  const ds = await currentDataset(db);
  const stateName = (code: string) => {
    const p = ds.participantsByCode.get(code);
    return (p && nameOf(p.names, language)) || code;
  };
  const { instrumentId, bilateralTreatyId } = row.content.legalBasis;
  const instrument = instrumentId ? ds.instrumentsById.get(instrumentId) : undefined;
  const bilateral = bilateralTreatyId ? await createBilateralTreatiesRepo(db).findById(bilateralTreatyId) : undefined;
  const outline = buildRequestOutline({
    kind: row.kind,
    content: row.content,
    template: requestTemplate(row.kind, language),
    names: {
      requestingState: stateName(row.requestingStateCode),
      requestedState: stateName(row.requestedStateCode),
      // The official title in the document's language where a source gives one, else the English authentic title.
      instrument: instrument ? nameOf(instrument.titles, language) || instrumentId : instrumentId,
      bilateralTreaty: bilateral?.title ?? null,
    },
    date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(now),
  });

  const stem = `${fileStem(row.kind, row.content.requesting.reference, row.id)}-${language}`;
  let file: RequestDocument;
  if (query.format === 'docx') {
    file = { fileName: `${stem}.docx`, contentType: CONTENT_TYPES.docx, body: await renderRequestDocx(outline), csp: null };
  } else {
    const page = renderRequestHtml(outline);
    file = { fileName: `${stem}.html`, contentType: CONTENT_TYPES.html, body: page.html, csp: page.csp };
  }
  await inTransaction(db, (tx) =>
    recordAudit(
      tx,
      {
        actor: actorLabel(ctx.actor),
        action: 'cooperation-request:document',
        targetType: 'cooperation-request',
        targetId: row.id,
        before: null,
        after: { format: query.format, language, status: row.status },
      },
      now,
    ),
  );
  return file;
}
