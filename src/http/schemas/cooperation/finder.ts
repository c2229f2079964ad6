// The legal-basis finder and the pair view: the API contract (issue 11 §2). The web app renders exactly this.
import { z } from 'zod';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { CAVEAT_CODES, NEAR_MISS_REASONS } from '#domain/cooperation/finder.ts';
import { EVENT_KINDS } from '#domain/treaties/types.ts';
import { isoDate, localizedText } from '../common.ts';
import { instrumentSummary, participationStatus, sourceView } from '../treaties/treaties.ts';

const date = z.string().meta({ format: 'date' });
const stateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a State code of three capital letters, such as FRA')
  .describe('ISO 3166-1 alpha-3 code of a State.');

export const conductId = z.enum(CONDUCT_IDS).describe('The conduct the request is about (mapped to the instruments’ offence articles).');
export const cooperationKind = z.enum(COOPERATION_KINDS).describe('extradition, or mutual legal assistance (mla).');

export const legalBasisQuery = z.strictObject({
  from: stateCode.describe('The requesting State.'),
  to: stateCode.describe('The requested State.'),
  kind: cooperationKind,
  conduct: conductId,
  asOf: isoDate.optional().describe('Date of the request; default today. Any past date works.'),
});

export const stateRef = z.object({ code: z.string(), names: localizedText }).meta({ id: 'StateRef' });

const actRef = z
  .object({ kind: z.enum(EVENT_KINDS), date: date.nullable(), effectiveDate: date.nullable(), source: sourceView })
  .meta({ id: 'ActRef' });

/** One State's participation in one instrument on the date asked, with the acts it rests on and their sources. */
export const participationEvidence = z
  .object({
    state: z.string(),
    status: participationStatus,
    signature: actRef.nullable(),
    consent: actRef.nullable(),
    withdrawal: actRef.nullable(),
    inForceFrom: date.nullable().describe('When the instrument entered into force for the State; null when not known.'),
    inForce: z.boolean().nullable().describe('In force for the State on the date asked; null when the date is not known.'),
    sourcesDisagree: z.boolean(),
  })
  .meta({ id: 'ParticipationEvidence' });

export const citedProvision = z
  .object({
    kind: z.string(),
    article: z.string().describe('As the treaty numbers it, e.g. "11(2)".'),
    paraphrase: z.string().describe('Accord’s own words, not treaty text.'),
    verified: z.boolean().describe('Checked against the treaty text; unverified rows are shown as such.'),
    articlePath: z.string().nullable().describe('API path of the article’s text, when Accord holds the text.'),
  })
  .meta({ id: 'CitedProvision' });


export const caveat = z
  .object({
    code: z.enum(CAVEAT_CODES),
    instrumentId: z.string().nullable(),
    article: z.string().nullable(),
    text: z.string().describe('The caveat in English; the web app shows it in the reader’s language from `code`.'),
  })
  .meta({ id: 'Caveat' });

export const applicableTreaty = z
  .object({
    instrument: instrumentSummary,
    inForceForBothFrom: date.nullable().describe('The later of the two States’ dates of entry into force; null when one is not known.'),
    provisions: z.array(citedProvision).describe('The articles to cite: offence, legal basis, the obligation to assist or extradite.'),
    evidence: z.object({ requesting: participationEvidence, requested: participationEvidence }),
    caveats: z.array(caveat),
  })
  .meta({ id: 'ApplicableTreaty' });

export const bilateralBasis = z
  .object({
    id: z.string(),
    kind: z.enum(['extradition', 'mla', 'extradition-and-mla']),
    title: z.string(),
    signedOn: date.nullable(),
    inForceFrom: date.nullable(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
  })
  .meta({ id: 'BilateralBasis' });


export const nearMiss = z
  .object({
    instrument: instrumentSummary,
    state: z.string().describe('The State whose participation falls short.'),
    reason: z.enum(NEAR_MISS_REASONS),
    date: date.nullable().describe('The date that matters: the later consent, the entry into force.'),
    evidence: participationEvidence,
  })
  .meta({ id: 'NearMiss' });

export const declarationRef = z
  .object({
    id: z.string(),
    state: z.string(),
    instrumentId: z.string(),
    kind: z.string(),
    article: z.string(),
    languages: z.array(z.string()),
    text: z.string(),
    declaredOn: date.nullable(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
  })
  .meta({ id: 'DeclarationRef' });

export const authorityLink = z
  .object({
    id: z.string(),
    kind: z.string(),
    instrumentId: z.string().nullable(),
    name: z.string(),
    channels: z.array(z.string()),
    languages: z.array(z.string()),
    stale: z.boolean(),
  })
  .meta({ id: 'AuthorityLink' });

export const legalBasisAnswer = z
  .object({
    asOf: date,
    kind: cooperationKind,
    conduct: conductId,
    requesting: stateRef,
    requested: stateRef,
    applicable: z.array(applicableTreaty).describe('Every treaty in force for both States on the date that covers the conduct.'),
    bilateral: z.array(bilateralBasis).describe('Bilateral treaties between the two States in force on the date, as users recorded them.'),
    nearMisses: z.array(nearMiss),
    caveats: z.array(caveat).describe('Caveats that concern the whole answer.'),
    declarations: z.array(declarationRef).describe('What either State declared under the treaties found, as recorded with a source.'),
    undetermined: z
      .array(z.string())
      .describe(
        'Instruments that may bind both States but cannot be told: a status (no complete list) or an entry-into-force date is not known. The near misses say for whom.',
      ),
    noTreatyBasis: z
      .boolean()
      .describe('True when no treaty applies: what remains is reciprocity or domestic law, as the States practise it (not known to Accord).'),
    authorities: z.array(authorityLink).describe('The requested State’s competent authorities for this kind of request.'),
  })
  .meta({ id: 'LegalBasisAnswer' });

export const pairViewQuery = z.strictObject({
  kind: cooperationKind,
  conduct: conductId,
  asOf: isoDate.optional(),
});

export const pairView = z
  .object({
    asOf: date,
    kind: cooperationKind,
    conduct: conductId,
    states: z.array(z.object({ code: z.string(), names: localizedText, regionalGroup: z.string().nullable() })),
    cells: z
      .string()
      .describe(
        'Row-major, one character per ordered pair (row = requesting, column = requested): "0"–"9" applicable treaties (9 = nine or more), "?" none known in force but a status unknown, "-" the same State.',
      ),
    instrumentIds: z.array(z.string()).describe('The instruments counted.'),
    blindSpots: z.number().int().describe('Pairs of different States with no treaty basis known ("0").'),
  })
  .meta({ id: 'PairView' });

export const conductView = z
  .object({
    id: conductId,
    instrumentIds: z.array(z.string()).describe('The instruments whose offences cover the conduct, UNTOC last.'),
    regional: z
      .array(z.object({ id: z.string(), kinds: z.array(cooperationKind) }))
      .describe('Regional conventions that may also give a basis (their coverage of the conduct is not recorded).'),
  })
  .meta({ id: 'ConductView' });
