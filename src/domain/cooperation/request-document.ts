// A request as a document: one outline, built from what the user wrote and the template in the output language,
// that both the DOCX and the printable page render, so the two never say different things. The user's text is kept
// as written (a French summary stays French in an English document); a field left empty prints the template's
// "not stated", never a guess. Pure: names of States and treaties come in already chosen in the document's language.
import type { CooperationKind } from './types.ts';
import { REQUEST_STEPS, type RequestContent, type RequestStep, type TemplateLanguage } from './requests.ts';
import { fillText, type RequestTemplate } from './request-template.ts';

/** A value in the document: the user's words (as written), the template's words, or the template's "not stated". */
export interface OutlineValue {
  text: string;
  source: 'user' | 'template' | 'not-stated';
}

export interface OutlineRow {
  label: string;
  value: OutlineValue;
}

export interface OutlineBlock {
  /** A sub-heading ("Offence 1"), or null. */
  heading: string | null;
  rows: OutlineRow[];
}

export interface OutlineSection {
  step: Exclude<RequestStep, 'review'>;
  heading: string;
  blocks: OutlineBlock[];
}

export interface RequestOutline {
  language: TemplateLanguage;
  dir: 'ltr' | 'rtl';
  title: string;
  /** From, to, date and reference, above the opening sentence. */
  header: OutlineRow[];
  opening: string;
  sections: OutlineSection[];
  closing: string;
  /** Printed when the request asks for confidentiality. */
  confidential: string | null;
  signature: string;
  /** "Page {n}" */
  page: string;
  printHint: string;
}

export interface OutlineInput {
  kind: CooperationKind;
  content: RequestContent;
  template: RequestTemplate;
  names: {
    requestingState: string;
    requestedState: string;
    /** The multilateral instrument of the legal basis, in the document's language (or its fallback). */
    instrument: string | null;
    bilateralTreaty: string | null;
  };
  /** The document's date, already written in its language. */
  date: string;
}

const RTL_LANGUAGES: readonly TemplateLanguage[] = ['ar'];

export function buildRequestOutline(input: OutlineInput): RequestOutline {
  const { content: c, template: t, names } = input;
  const f = t.fields;
  const notStated: OutlineValue = { text: t.fixedText.notStated, source: 'not-stated' };
  const user = (s: string | null | undefined): OutlineValue => (s && s.trim() ? { text: s, source: 'user' } : notStated);
  const words = (s: string): OutlineValue => ({ text: s, source: 'template' });
  const row = (label: string, value: OutlineValue): OutlineRow => ({ label, value });
  const block = (rows: OutlineRow[], heading: string | null = null): OutlineBlock => ({ heading, rows });

  const requesting = c.requesting.authorityName.trim() || names.requestingState;
  const requested = c.requested.authorityName.trim() || names.requestedState;

  const sections: Record<Exclude<RequestStep, 'review'>, () => OutlineBlock[]> = {
    requesting: () => [
      block([
        row(f['requesting.authorityName']!, user(c.requesting.authorityName)),
        row(f['requesting.reference']!, user(c.requesting.reference)),
        row(f['requesting.contactName']!, user(c.requesting.contactName)),
        row(f['requesting.contactEmail']!, user(c.requesting.contactEmail)),
        row(f['requesting.contactPhone']!, user(c.requesting.contactPhone)),
        row(f['requesting.urgency']!, words(t.urgencies[c.requesting.urgency])),
        ...(c.requesting.urgency === 'urgent' ? [row(f['requesting.urgencyReason']!, user(c.requesting.urgencyReason))] : []),
      ]),
    ],
    requested: () => [
      block([row(f['requested.authorityName']!, user(c.requested.authorityName)), row(f['requested.address']!, user(c.requested.address))]),
    ],
    'legal-basis': () => {
      const rows: OutlineRow[] = [];
      const lb = c.legalBasis;
      const cite = (treaty: string) =>
        lb.articles.trim() ? { text: fillText(t.fixedText.treatyArticles, { treaty, articles: lb.articles.trim() }), source: 'user' as const } : user(treaty);
      if (names.instrument) rows.push(row(f['legalBasis.instrumentId']!, cite(names.instrument)));
      if (names.bilateralTreaty) rows.push(row(f['legalBasis.bilateralTreatyId']!, cite(names.bilateralTreaty)));
      if (lb.reciprocity) rows.push(row(f['legalBasis.reciprocity']!, words(t.fixedText.reciprocity)));
      if (rows.length === 0) rows.push(row(t.fixedText.legalBasis, notStated));
      if (lb.note.trim()) rows.push(row(f['legalBasis.note']!, user(lb.note)));
      return [block(rows)];
    },
    facts: () => [
      block([
        row(f['facts.subject']!, user(c.facts.subject)),
        row(f['facts.conductingAuthority']!, user(c.facts.conductingAuthority)),
        row(f['facts.summary']!, user(c.facts.summary)),
        ...(input.kind === 'mla' ? [row(f['facts.purpose']!, user(c.facts.purpose))] : []),
      ]),
    ],
    offences: () =>
      c.offences.length === 0
        ? [block([row(f['offences.name']!, notStated)])]
        : c.offences.map((o, i) =>
            block(
              [
                row(f['offences.name']!, user(o.name)),
                row(f['offences.lawReference']!, user(o.lawReference)),
                row(f['offences.lawText']!, user(o.lawText)),
                row(f['offences.penalty']!, user(o.penalty)),
              ],
              fillText(t.fixedText.offence, { n: String(i + 1) }),
            ),
          ),
    assistance: () => {
      const a = c.assistance;
      const measures =
        a.measures.length === 0
          ? [block([row(f['assistance.measures']!, notStated)])]
          : a.measures.map((m) => block([row(f['assistance.details']!, user(a.details[m]))], t.measures[m]));
      const rest = [row(f['assistance.personsConcerned']!, user(a.personsConcerned))];
      if (a.measures.includes('transfer-detained')) rest.push(row(f['assistance.transferConsent']!, user(a.transferConsent)));
      return [...measures, block(rest)];
    },
    person: () => [
      block([
        row(f['person.name']!, user(c.person.name)),
        ...(c.person.aliases.trim() ? [row(f['person.aliases']!, user(c.person.aliases))] : []),
        row(f['person.dateOfBirth']!, user(c.person.dateOfBirth)),
        row(f['person.nationality']!, user(c.person.nationality)),
        row(f['person.identification']!, user(c.person.identification)),
        row(f['person.location']!, user(c.person.location)),
      ]),
    ],
    warrant: () => {
      const w = c.warrant;
      return [
        block([
          row(f['warrant.kind']!, w.kind ? words(t.warrantKinds[w.kind]) : notStated),
          row(f['warrant.issuedBy']!, user(w.issuedBy)),
          row(f['warrant.issuedOn']!, user(w.issuedOn)),
          row(f['warrant.reference']!, user(w.reference)),
          ...(w.kind === 'judgment' ? [row(f['warrant.sentence']!, user(w.sentence))] : []),
          row(f['warrant.timeLimits']!, user(w.timeLimits)),
        ]),
      ];
    },
    assurances: () =>
      c.assurances.length === 0
        ? [block([row(f['assurances.text']!, notStated)])]
        : c.assurances.map((a, i) =>
            block(
              [
                row(f['assurances.kind']!, words(t.assuranceKinds[a.kind])),
                row(f['assurances.direction']!, words(t.assuranceDirections[a.direction])),
                row(f['assurances.text']!, user(a.text)),
              ],
              fillText(t.fixedText.assurance, { n: String(i + 1) }),
            ),
          ),
    procedures: () => [
      block([
        row(f['procedures.procedures']!, user(c.procedures.procedures)),
        row(f['procedures.confidentiality']!, user(c.procedures.confidentiality)),
        row(f['procedures.contacts']!, user(c.procedures.contacts)),
      ]),
    ],
  };

  const steps = REQUEST_STEPS[input.kind].filter((s): s is Exclude<RequestStep, 'review'> => s !== 'review');
  return {
    language: t.language,
    dir: RTL_LANGUAGES.includes(t.language) ? 'rtl' : 'ltr',
    title: t.title,
    header: [
      row(t.fixedText.from, { text: requesting, source: c.requesting.authorityName.trim() ? 'user' : 'template' }),
      row(t.fixedText.to, { text: requested, source: c.requested.authorityName.trim() ? 'user' : 'template' }),
      row(t.fixedText.date, words(input.date)),
      row(f['requesting.reference']!, user(c.requesting.reference)),
    ],
    opening: fillText(t.fixedText.opening, { requesting, requested }),
    sections: steps.map((step) => ({ step, heading: t.steps[step].heading, blocks: sections[step]() })),
    closing: fillText(t.fixedText.closing, { requesting, requested }),
    confidential: c.procedures.confidentiality.trim() ? t.fixedText.confidential : null,
    signature: t.fixedText.signature,
    page: t.fixedText.page,
    printHint: t.fixedText.printHint,
  };
}
