// Imports a resolution's text (plain text, or HTML turned into text here) in one of the six languages. The first
// language creates the resolution and its paragraphs (operative paragraph n of 70/177 is mandate `70/177/OPn`); another
// language of the same symbol adds its texts to the same paragraphs, matched by kind and number, and must count the
// same paragraphs — else nothing is written and the error says what differs. The same text again changes nothing.
// One transaction, audited.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import { parseResolution, ResolutionParseError, type ParsedResolution } from '#domain/reporting/resolution-parser.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createResolutionsRepo, type ResolutionParagraph } from '#db/repos/reporting/resolutions.repo.ts';
import { auditResolution, resolutionAbilities, resolutionDetail, type ResolutionAbilities, type ResolutionDetail } from './resolution-presenters.ts';

export interface ResolutionImport {
  content: string;
  format: 'text' | 'html';
  language: Language;
  /** Where the text comes from (a URL, a document symbol and date, a file). */
  source?: string;
}

export type ImportOutcome = 'created' | 'language-added' | 'text-replaced' | 'unchanged';

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'blockquote', 'title', 'hr']);

/** The text of an HTML page: block elements end lines; scripts and styles are dropped. */
export function htmlToText(html: string): string {
  let out = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        if (BLOCKS.has(name)) out += '\n';
      },
      ontext(text) {
        if (skip === 0) out += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip--;
        if (BLOCKS.has(name)) out += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // Spaces and tabs trimmed at each line's end by a loop: `/[ \t]+\n/g` is quadratic on a long run of them.
  const lines = out.split('\n').map((line) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return line.slice(0, end);
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Far longer than any resolution (the longest run to some 100,000 characters); refused above, before parsing. */
export const MAX_RESOLUTION_CHARACTERS = 400_000;
/** A whole resolution may come on one line; no line is longer than the longest resolution. */
export const MAX_LINE_CHARACTERS = 150_000;

function longestLine(text: string): number {
  let longest = 0;
  let from = 0;
  while (from <= text.length) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    longest = Math.max(longest, to - from);
    from = to + 1;
  }
  return longest;
}

const invalid = (path: string, code: string, message: string, params: Record<string, unknown> = {}) =>
  new AppError('VALIDATION_FAILED', message, { issues: [{ path: ['body', path], code, message }], params });

function parse(text: string, language: Language): ParsedResolution & { symbol: string; key: string } {
  let parsed: ParsedResolution;
  try {
    parsed = parseResolution(text, language);
  } catch (err) {
    if (err instanceof ResolutionParseError) throw invalid('content', 'not_a_resolution', `This is not a resolution the registry can read: ${err.message}.`);
    throw err;
  }
  if (!parsed.symbol || !parsed.key) throw invalid('content', 'no_symbol', 'No resolution symbol (A/RES/…, S/RES/…, E/RES/…) or number ("70/177.") was found in the text.');
  return parsed as ParsedResolution & { symbol: string; key: string };
}

const counts = (kinds: { kind: string; number: number }[]) => ({
  preambular: kinds.filter((p) => p.kind === 'preambular').length,
  operative: kinds.filter((p) => p.kind === 'operative').map((p) => p.number),
});

export async function importResolution(
  db: Db,
  actor: Actor,
  input: ResolutionImport,
  now: Date,
): Promise<{ data: ResolutionDetail; abilities: ResolutionAbilities; outcome: ImportOutcome }> {
  authorize(actor, 'mandate:edit');
  const userId = actor.kind === 'user' ? actor.userId : null;
  if (input.content.length > MAX_RESOLUTION_CHARACTERS) {
    throw invalid('content', 'too_long', `The text has ${input.content.length} characters; a resolution has far fewer, and at most ${MAX_RESOLUTION_CHARACTERS} are read.`, {
      max: MAX_RESOLUTION_CHARACTERS,
    });
  }
  const text = input.format === 'html' ? htmlToText(input.content) : input.content;
  if (text.trim() === '') throw invalid('content', 'empty', 'The text is empty.');
  if (longestLine(text) > MAX_LINE_CHARACTERS) {
    throw invalid('content', 'line_too_long', `A line of the text is longer than ${MAX_LINE_CHARACTERS} characters, longer than any resolution.`, { max: MAX_LINE_CHARACTERS });
  }
  const parsed = parse(text, input.language);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const language = input.language;
  const textRow = { language, format: input.format, content: input.content, sha256, source: (input.source ?? '').trim(), importedBy: userId, importedAt: now };

  const result = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createResolutionsRepo(tx);
    const existing = await repo.findBySymbol(parsed.symbol, { lock: true });
    const keyed = existing ? undefined : await repo.findByKey(parsed.key);
    if (keyed) throw new AppError('CONFLICT', `The registry already holds ${keyed.symbol} under the key ${parsed.key}.`, { params: { key: parsed.key } });

    if (!existing) {
      const resolution = await repo.insert({
        symbol: parsed.symbol,
        key: parsed.key,
        body: parsed.body ?? 'ga',
        adoptedOn: parsed.adoptedOn,
        titles: { [language]: parsed.title },
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertParagraphs(
        parsed.paragraphs.map((p) => ({
          resolutionId: resolution.id,
          kind: p.kind,
          number: p.number,
          mandateId: p.kind === 'operative' ? `${parsed.key}/OP${p.number}` : null,
          texts: { [language]: p.text },
          addressees: p.addressees,
          verb: p.verb,
          asks: p.asks,
          reporting: p.reporting,
          cites: p.cites,
        })),
      );
      await repo.upsertText({ resolutionId: resolution.id, ...textRow });
      await insertLinks(repo, resolution.id, parsed, await repo.paragraphs([resolution.id]));
      await auditResolution(tx, actor, 'resolution:import', 'resolution', resolution.id, { before: null, after: audited(parsed, language, sha256) }, now);
      return { id: resolution.id, outcome: 'created' as const };
    }

    const texts = await repo.texts(existing.id);
    const same = texts.find((x) => x.language === language);
    if (same?.sha256 === sha256) return { id: existing.id, outcome: 'unchanged' as const };

    const paragraphs = await repo.paragraphs([existing.id]);
    const held = counts(paragraphs);
    const read = counts(parsed.paragraphs);
    if (held.preambular !== read.preambular || held.operative.join(',') !== read.operative.join(',')) {
      throw invalid(
        'content',
        'paragraph_mismatch',
        `The ${language} text of ${parsed.symbol} has ${read.preambular} preambular and ${read.operative.length} operative paragraphs ` +
          `(${read.operative.join(', ') || 'none'}); the registry holds ${held.preambular} and ${held.operative.length} ` +
          `(${held.operative.join(', ') || 'none'}). Nothing was written.`,
        { symbol: parsed.symbol, language, read, held },
      );
    }
    // A text replaced in a language already held is kept in the paragraph's history, as an editor's correction is.
    const replaced: { paragraphId: string; field: string; before: string; after: string; note: string; correctedBy: string | null; correctedAt: Date }[] = [];
    for (const p of parsed.paragraphs) {
      const target = paragraphs.find((x) => x.kind === p.kind && x.number === p.number)!;
      const before = (target.texts as Record<string, string | undefined>)[language];
      if (before !== undefined && before !== p.text) {
        replaced.push({ paragraphId: target.id, field: `texts.${language}`, before, after: p.text, note: 're-imported', correctedBy: userId, correctedAt: now });
      }
      await repo.setParagraphTexts(target.id, { ...target.texts, [language]: p.text });
    }
    await repo.insertCorrections(replaced);
    await repo.upsertText({ resolutionId: existing.id, ...textRow });
    await repo.update(existing.id, { titles: { ...existing.titles, [language]: parsed.title }, adoptedOn: existing.adoptedOn ?? parsed.adoptedOn, updatedAt: now });
    await insertLinks(repo, existing.id, parsed, paragraphs);
    const before = same ? { symbol: existing.symbol, language, sha256: same.sha256 } : null;
    await auditResolution(tx, actor, 'resolution:import', 'resolution', existing.id, { before, after: audited(parsed, language, sha256) }, now);
    return { id: existing.id, outcome: same ? ('text-replaced' as const) : ('language-added' as const) };
  });

  const resolution = (await createResolutionsRepo(db).findById(result.id))!;
  return { data: await resolutionDetail(db, resolution), abilities: resolutionAbilities(actor), outcome: result.outcome };
}

async function insertLinks(repo: ReturnType<typeof createResolutionsRepo>, resolutionId: string, parsed: ParsedResolution, paragraphs: ResolutionParagraph[]) {
  await repo.insertLinks(
    parsed.links.map((l) => ({
      fromResolutionId: resolutionId,
      relation: l.relation,
      toSymbol: l.toSymbol,
      paragraphId: paragraphs.find((p) => p.kind === l.kind && p.number === l.number)?.id ?? null,
    })),
  );
}

const audited = (parsed: ParsedResolution, language: string, sha256: string) => ({
  symbol: parsed.symbol,
  language,
  sha256,
  preambular: parsed.paragraphs.filter((p) => p.kind === 'preambular').length,
  operative: parsed.paragraphs.filter((p) => p.kind === 'operative').length,
});
