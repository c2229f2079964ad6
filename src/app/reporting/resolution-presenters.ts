// How the mandate registry shows a resolution: its paragraphs (texts per language, analysis), its texts' sources,
// its links both ways (what it recalls; which later resolutions recall it), and the corrections made. Audited writes
// share one helper.
import type { Actor } from '#domain/actor.ts';
import { actorLabel } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createResolutionsRepo, type Resolution, type ResolutionParagraph, type ResolutionSummary } from '#db/repos/reporting/resolutions.repo.ts';

export interface ParagraphView {
  id: string;
  kind: 'preambular' | 'operative';
  number: number;
  mandateId: string | null;
  texts: LocalizedText;
  verb: string | null;
  addressees: string[];
  asks: string;
  reporting: { to: string; session: number | null } | null;
  cites: string[];
  version: number;
}

export interface ResolutionListItem {
  id: string;
  symbol: string;
  key: string;
  body: string;
  adoptedOn: string | null;
  titles: LocalizedText;
  languages: string[];
  preambular: number;
  operative: number;
  version: number;
}

export interface ResolutionDetail extends ResolutionListItem {
  texts: { language: string; format: string; source: string; sha256: string; importedAt: string }[];
  paragraphs: ParagraphView[];
  /** What this resolution recalls, reaffirms, … (the target's id when the registry holds it). */
  links: { relation: string; toSymbol: string; toId: string | null; toKey: string | null; paragraphId: string | null }[];
  /** The later resolutions that recall, reaffirm, … this one. */
  recalledBy: { relation: string; fromId: string; fromSymbol: string; fromKey: string; fromTitles: LocalizedText }[];
  corrections: { id: string; paragraphId: string; field: string; before: unknown; after: unknown; note: string; correctedBy: string | null; correctedAt: string }[];
}

export interface ResolutionAbilities {
  import: boolean;
  correct: boolean;
}

export const resolutionAbilities = (actor: Actor): ResolutionAbilities => ({ import: can(actor, 'mandate:edit'), correct: can(actor, 'mandate:edit') });

export function toParagraphView(p: ResolutionParagraph): ParagraphView {
  return {
    id: p.id,
    kind: p.kind === 'operative' ? 'operative' : 'preambular',
    number: p.number,
    mandateId: p.mandateId,
    texts: p.texts,
    verb: p.verb,
    addressees: p.addressees,
    asks: p.asks,
    reporting: p.reporting ?? null,
    cites: p.cites,
    version: p.version,
  };
}

export function toListItem(r: ResolutionSummary): ResolutionListItem {
  return {
    id: r.id,
    symbol: r.symbol,
    key: r.key,
    body: r.body,
    adoptedOn: r.adoptedOn,
    titles: r.titles,
    languages: r.languages,
    preambular: r.preambular,
    operative: r.operative,
    version: r.version,
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'No such resolution in the registry.');
}

/** A resolution by id (a malformed id answers as a missing one). */
export async function findResolution(db: Db, id: string, options: { lock?: boolean } = {}): Promise<Resolution> {
  const found = UUID.test(id) ? await createResolutionsRepo(db).findById(id, options) : undefined;
  if (!found) throw notFound();
  return found;
}

export async function resolutionDetail(db: Db, resolution: Resolution): Promise<ResolutionDetail> {
  const repo = createResolutionsRepo(db);
  const [texts, paragraphs, links, recalledBy, corrections] = await Promise.all([
    repo.texts(resolution.id),
    repo.paragraphs([resolution.id]),
    repo.linksFrom(resolution.id),
    repo.linksTo(resolution.symbol),
    repo.corrections(resolution.id),
  ]);
  const held = await repo.held([...new Set(links.map((l) => l.toSymbol))]);
  return {
    id: resolution.id,
    symbol: resolution.symbol,
    key: resolution.key,
    body: resolution.body,
    adoptedOn: resolution.adoptedOn,
    titles: resolution.titles,
    languages: texts.map((t) => t.language),
    preambular: paragraphs.filter((p) => p.kind === 'preambular').length,
    operative: paragraphs.filter((p) => p.kind === 'operative').length,
    version: resolution.version,
    texts: texts.map((t) => ({ language: t.language, format: t.format, source: t.source, sha256: t.sha256, importedAt: t.importedAt.toISOString() })),
    paragraphs: paragraphs.map(toParagraphView),
    links: links.map((l) => ({
      relation: l.relation,
      toSymbol: l.toSymbol,
      toId: held.get(l.toSymbol)?.id ?? null,
      toKey: held.get(l.toSymbol)?.key ?? null,
      paragraphId: l.paragraphId,
    })),
    recalledBy: recalledBy.map((l) => ({ relation: l.relation, fromId: l.fromResolutionId, fromSymbol: l.fromSymbol, fromKey: l.fromKey, fromTitles: l.fromTitles })),
    corrections: corrections.map((c) => ({
      id: c.id,
      paragraphId: c.paragraphId,
      field: c.field,
      before: c.before,
      after: c.after,
      note: c.note,
      correctedBy: c.correctedByName,
      correctedAt: c.correctedAt.toISOString(),
    })),
  };
}

export async function auditResolution(db: Db, actor: Actor, action: string, targetType: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await createAuditRepo(db).append({ at: now.toISOString(), actor: actorLabel(actor), action, targetType, targetId: id, ...change });
}
