// Uploads a document: its fields are checked against what exists (State, people, organisations), its file against
// the allowed types (extension and bytes), then the policy decides whether the caller may hold such a record
// (FORBIDDEN otherwise, e.g. a focal point writing about another State). The row and its audit entry are written
// in one transaction with the record's search entries; the file's SHA-256 is stored with it, its text is extracted
// (extract-text.ts) and its language detected. A file already in the library is not refused: the answer names the
// records the caller may see that hold it (`duplicates`), and the form shows them (ADR 25).
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { checkFile } from '#domain/library/file-types.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo, type NewDocumentRow } from '#db/repos/library/documents.repo.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { EMPTY_METADATA, type RecordMetadata } from '#domain/library/records.ts';
import { extractText } from './extract-text.ts';
import { indexDocument } from './index-document.ts';
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
  /** The library metadata (issue 13): omitted parts are empty (kind: publication). */
  metadata?: Partial<RecordMetadata>;
}

/** A record that holds the same file. */
export interface DuplicateRecord {
  id: string;
  title: string;
}

/** A checked upload, ready to be written (by createDocument, or by the bulk import with others). */
export interface PreparedDocument {
  row: Omit<NewDocumentRow, 'createdAt' | 'updatedAt'>;
  duplicates: DuplicateRecord[];
}

export async function createDocument(
  db: Db,
  actor: Actor,
  input: NewDocument,
  now: Date,
): Promise<{ data: DocumentView; abilities: DocumentAbilities; duplicates: DuplicateRecord[] }> {
  const prepared = await prepareDocument(db, actor, input);
  if (!prepared.ok) throw validationFailed(prepared.issues);
  const id = await db.transaction((t) => writeDocument(t as unknown as Db, actor, prepared.document, now));
  const doc = (await createDocumentsRepo(db).findById(id))!;
  return { data: toDocumentView(doc), abilities: documentAbilities(actor, doc), duplicates: prepared.document.duplicates };
}

/**
 * Checks an upload without writing anything: its fields (issues under `body`), its file, and whether the caller may
 * hold such a record (FORBIDDEN otherwise); reads its text and finds the visible records holding the same file.
 */
export async function prepareDocument(
  db: Db,
  actor: Actor,
  input: NewDocument,
): Promise<{ ok: true; document: PreparedDocument } | { ok: false; issues: ErrorIssue[] }> {
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
  const metadata = { ...EMPTY_METADATA, ...input.metadata };
  const fields: DocumentFields = {
    ...metadata,
    stateCodes: [...new Set(metadata.stateCodes.map((c) => c.trim().toUpperCase()))],
    languages: [...new Set(metadata.languages)],
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
  const checked = await checkDocumentFields(repo, actor, fields);
  issues.push(...checked.issues.filter((i) => ownerOrganisationId || i.path[1] !== 'ownerOrganisationId'));
  const file = input.file ? checkFile(input.file.fileName, input.file.content) : null;
  if (!input.file) issues.push({ path: ['body', 'file'], code: 'required', message: 'attach the file' });
  else if (file && !file.ok) issues.push({ path: ['body', 'file'], code: file.code, message: file.message });
  if (issues.length > 0 || !file?.ok) return { ok: false, issues };

  authorize(actor, 'document:create', {
    kind: 'new-record',
    ownerOrganisationId: fields.ownerOrganisationId,
    stateCode: fields.stateCode,
    stateRegion: checked.stateRegion,
    confidentiality: fields.confidentiality,
  });

  const content = input.file!.content;
  const sha256 = createHash('sha256').update(content).digest('hex');
  const extracted = await extractText(file.kind, content);
  const duplicates = (await repo.withSha256(scopeFor(actor), sha256)).map((d) => ({ id: d.id, title: d.title }));
  return {
    ok: true,
    document: {
      row: {
        ...fields,
        sharedOrganisationIds: [...new Set(fields.sharedOrganisationIds)],
        namedUserIds: [...new Set([actor.userId, ...fields.namedUserIds])],
        fileName: cleanFileName(input.file!.fileName),
        mediaType: file.mediaType,
        sizeBytes: content.length,
        sha256,
        content,
        createdBy: actor.userId,
        extractedText: extracted.text,
        detectedLanguage: extracted.detectedLanguage,
      },
      duplicates,
    },
  };
}

/** Writes a prepared document, its audit entry and its search entry: pass a transaction. */
export async function writeDocument(tx: Db, actor: Actor, prepared: PreparedDocument, now: Date): Promise<string> {
  const { row } = prepared;
  const id = await createDocumentsRepo(tx).insert({ ...row, createdAt: now, updatedAt: now });
  const after = { ...auditedDocument(row as typeof row & DocumentFields), detectedLanguage: row.detectedLanguage };
  await auditDocument(tx, actor, 'document:create', id, { before: null, after }, now);
  await indexDocument(tx, id, now);
  return id;
}

/** The name as shown and offered for download: no directories, no control characters, not too long. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  return base.slice(0, 190) + (dot > 0 ? base.slice(dot) : '');
}
