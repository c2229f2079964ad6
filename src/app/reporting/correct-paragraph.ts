// An editor corrects what the parser read in one paragraph: its number, verb, addressees, what it asks, its reporting
// request, the documents it cites. Each changed field is kept as a correction (before, after, who, when, note) and
// shown with the resolution. Written against the resolution's version (If-Match on its ETag, ADR 19): the
// resolution's version moves with every correction, so two editors never overwrite each other unseen.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Addressee } from '#domain/reporting/resolution-lexicon.ts';
import type { Db } from '#db/client.ts';
import { createResolutionsRepo, type ParagraphAnalysis } from '#db/repos/reporting/resolutions.repo.ts';
import { resolutions } from '#db/schema/index.ts';
import { and, eq, sql } from 'drizzle-orm';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import { auditResolution, findResolution, UUID, resolutionAbilities, resolutionDetail, type ResolutionAbilities, type ResolutionDetail } from './resolution-presenters.ts';

export interface ParagraphCorrection {
  number?: number;
  verb?: string | null;
  addressees?: Addressee[];
  asks?: string;
  reporting?: { to: string; session: number | null } | null;
  cites?: string[];
  note?: string;
}

const FIELDS = ['number', 'verb', 'addressees', 'asks', 'reporting', 'cites'] as const;

export async function correctParagraph(
  db: Db,
  actor: Actor,
  resolutionId: string,
  paragraphId: string,
  changes: ParagraphCorrection,
  now: Date,
  expectedVersion: number,
): Promise<{ data: ResolutionDetail; abilities: ResolutionAbilities }> {
  authorize(actor, 'mandate:edit');
  const userId = actor.kind === 'user' ? actor.userId : null;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createResolutionsRepo(tx);
    const resolution = await findResolution(tx, resolutionId, { lock: true });
    const paragraph = UUID.test(paragraphId) ? await repo.findParagraph(resolution.id, paragraphId, { lock: true }) : undefined;
    if (!paragraph) throw new AppError('NOT_FOUND', 'No such paragraph in this resolution.');
    assertVersion(resolution, expectedVersion);

    const next: Partial<ParagraphAnalysis> = {};
    const corrections: { field: string; before: unknown; after: unknown }[] = [];
    for (const field of FIELDS) {
      const value = field === 'cites' ? changes.cites?.map((c) => c.trim()).filter(Boolean) : field === 'asks' ? changes.asks?.trim() : changes[field];
      if (value === undefined) continue;
      if (JSON.stringify(value) === JSON.stringify(paragraph[field] ?? null)) continue;
      Object.assign(next, { [field]: value });
      corrections.push({ field, before: paragraph[field] ?? null, after: value });
    }
    if (corrections.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'Nothing to correct: every value given is the one held.', {
        issues: [{ path: ['body'], code: 'no_change', message: 'Nothing to correct: every value given is the one held.' }],
      });
    }
    if (next.number !== undefined) {
      const siblings = await repo.paragraphs([resolution.id]);
      if (siblings.some((p) => p.kind === paragraph.kind && p.number === next.number && p.id !== paragraph.id)) {
        throw new AppError('VALIDATION_FAILED', `Another ${paragraph.kind} paragraph is numbered ${next.number}.`, {
          issues: [{ path: ['body', 'number'], code: 'taken', message: `Another ${paragraph.kind} paragraph is numbered ${next.number}.` }],
        });
      }
      if (paragraph.kind === 'operative') next.mandateId = `${resolution.key}/OP${next.number}`;
    }

    const updated = await repo.updateParagraph(paragraph.id, paragraph.version, next);
    if (!updated) throw staleVersion(expectedVersion);
    const bumped = await tx
      .update(resolutions)
      .set({ version: sql`${resolutions.version} + 1`, updatedAt: now })
      .where(and(eq(resolutions.id, resolution.id), eq(resolutions.version, expectedVersion)))
      .returning({ id: resolutions.id });
    if (bumped.length === 0) throw staleVersion(expectedVersion);
    const note = (changes.note ?? '').trim();
    await repo.insertCorrections(corrections.map((c) => ({ paragraphId: paragraph.id, ...c, note, correctedBy: userId, correctedAt: now })));
    await auditResolution(
      tx,
      actor,
      'resolution-paragraph:correct',
      'resolution-paragraph',
      paragraph.id,
      {
        before: Object.fromEntries(corrections.map((c) => [c.field, c.before])),
        after: { ...Object.fromEntries(corrections.map((c) => [c.field, c.after])), note },
      },
      now,
    );
  });
  return { data: await resolutionDetail(db, await findResolution(db, resolutionId)), abilities: resolutionAbilities(actor) };
}
