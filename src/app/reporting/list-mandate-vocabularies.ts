// The mandate vocabularies: resolution 68/187's paragraphs (today's vocabulary, domain/assistance/themes.ts MANDATES,
// which records are tagged with) and, after it, each imported resolution's operative paragraphs (`<key>/OPn`), with
// the links between them. Public.
import type { Actor } from '#domain/actor.ts';
import { MANDATES } from '#domain/assistance/themes.ts';
import { authorize } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createResolutionsRepo } from '#db/repos/reporting/resolutions.repo.ts';

export interface MandateVocabulary {
  resolution: string;
  symbol: string;
  /** builtin: 68/187, the vocabulary records use today; registry: an imported resolution. */
  source: 'builtin' | 'registry';
  resolutionId: string | null;
  titles: LocalizedText;
  links: { relation: string; toSymbol: string }[];
  paragraphs: { id: string; number: number; texts: LocalizedText; description: string | null; verb: string | null; addressees: string[] }[];
}

const BUILTIN_KEY = '68/187';

export async function listMandateVocabularies(db: Db, actor: Actor): Promise<{ data: MandateVocabulary[] }> {
  authorize(actor, 'mandate:read');
  const repo = createResolutionsRepo(db);
  const builtin: MandateVocabulary = {
    resolution: BUILTIN_KEY,
    symbol: 'A/RES/68/187',
    source: 'builtin',
    resolutionId: null,
    titles: {},
    links: [],
    paragraphs: MANDATES.map((m) => ({ id: m.id, number: m.paragraph, texts: {}, description: m.description, verb: null, addressees: [] })),
  };
  const held = (await repo.list()).filter((r) => r.key !== BUILTIN_KEY);
  const paragraphs = await repo.paragraphs(held.map((r) => r.id));
  const links = await Promise.all(held.map((r) => repo.linksFrom(r.id)));
  const registry = held.map(
    (r, i): MandateVocabulary => ({
      resolution: r.key,
      symbol: r.symbol,
      source: 'registry',
      resolutionId: r.id,
      titles: r.titles,
      links: links[i]!.map((l) => ({ relation: l.relation, toSymbol: l.toSymbol })),
      paragraphs: paragraphs
        .filter((p) => p.resolutionId === r.id && p.kind === 'operative' && p.mandateId)
        .map((p) => ({ id: p.mandateId!, number: p.number, texts: p.texts, description: null, verb: p.verb, addressees: p.addressees })),
    }),
  );
  return { data: [builtin, ...registry] };
}
