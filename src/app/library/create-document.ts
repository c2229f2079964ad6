// Uploads a document: its fields are checked against what exists (State, people, organisations), its file against
// the allowed types (extension and bytes), then the policy decides whether the caller may hold such a record
// (FORBIDDEN otherwise, e.g. a focal point writing about another State). The row and its audit entry are written
// in one transaction; the file's SHA-256 is stored with it.
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { checkFile } from '#domain/library/file-types.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import {
  auditDocument,
  auditedDocument,
  checkDocumentFields,
  documentAbilities,
  toDocumentView,
  validationFailed,
  type DocumentAbilities,
  type DocumentFields,
  type DocumentView,
} from './document-presenters.ts';

export interface NewDocument {
  title: string;
  description?: string;
  confidentiality: Confidentiality;
  stateCode?: string | null;
  /** Default: the caller's one organisation that may hold documents (required when they have several). */
  ownerOrganisationId?: string | null;
  sharedOrganisationIds?: string[];
  /** The creator is always added. */
  namedUserIds?: string[];
  language?: string | null;
  file: { fileName: string; content: Buffer } | null;
}

export async function createDocument(
  db: Db,
  actor: Actor,
  input: NewDocument,
  now: Date,
): Promise<{ data: DocumentView; abilities: DocumentAbilities }> {
  authorize(actor, 'document:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const holders = actor.memberships.filter((m) => m.role !== 'donor-representative');
  const ownerOrganisationId =
    input.ownerOrganisationId ?? (new Set(holders.map((m) => m.organisationId)).size === 1 ? holders[0]!.organisationId : null);
  const owner = holders.find((m) => m.organisationId === ownerOrganisationId);
  const issues: ErrorIssue[] = [];
  if (!ownerOrganisationId) {
    issues.push({
      path: ['body', 'ownerOrganisationId'],
      code: 'required',
      message: 'say which of your organisations holds the document',
    });
  }
  const fields: DocumentFields = {
    title: input.title.trim(),
    description: (input.description ?? '').trim(),
    confidentiality: input.confidentiality,
    // A State authority writes about its own State: that is the default.
    stateCode: input.stateCode?.trim().toUpperCase() || (owner?.organisationKind === 'state-authority' ? owner.stateCode : null),
    ownerOrganisationId: ownerOrganisationId ?? '',
    sharedOrganisationIds: input.sharedOrganisationIds ?? [],
    namedUserIds: input.namedUserIds ?? [],
    language: input.language || null,
  };
  const repo = createDocumentsRepo(db);
  const checked = await checkDocumentFields(repo, fields);
  issues.push(...checked.issues.filter((i) => ownerOrganisationId || i.path[1] !== 'ownerOrganisationId'));
  const file = input.file ? checkFile(input.file.fileName, input.file.content) : null;
  if (!input.file) issues.push({ path: ['body', 'file'], code: 'required', message: 'attach the file' });
  else if (file && !file.ok) issues.push({ path: ['body', 'file'], code: file.code, message: file.message });
  if (issues.length > 0) throw validationFailed(issues);

  authorize(actor, 'document:create', {
    kind: 'new-record',
    ownerOrganisationId: fields.ownerOrganisationId,
    stateCode: fields.stateCode,
    stateRegion: checked.stateRegion,
    confidentiality: fields.confidentiality,
  });

  const content = input.file!.content;
  const stored = {
    ...fields,
    sharedOrganisationIds: [...new Set(fields.sharedOrganisationIds)],
    namedUserIds: [...new Set([actor.userId, ...fields.namedUserIds])],
    fileName: cleanFileName(input.file!.fileName),
    mediaType: (file as { mediaType: string }).mediaType,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  const id = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const newId = await createDocumentsRepo(tx).insert({ ...stored, content, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await auditDocument(tx, actor, 'document:create', newId, { before: null, after: auditedDocument(stored) }, now);
    return newId;
  });
  const doc = (await repo.findById(id))!;
  return { data: toDocumentView(doc), abilities: documentAbilities(actor, doc) };
}

/** The name as shown and offered for download: no directories, no control characters, not too long. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  return base.slice(0, 190) + (dot > 0 ? base.slice(dot) : '');
}
