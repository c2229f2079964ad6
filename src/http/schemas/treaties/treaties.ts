// Zod schemas of the treaty-status views. They must describe exactly the types in src/domain/treaties/views.ts,
// which the web app renders: the compile-time checks at the bottom fail when the two drift apart.
import { z } from 'zod';
import { EVENT_KINDS } from '#domain/treaties/types.ts';
import { INSTRUMENT_CATEGORIES } from '#domain/treaties/views.ts';
import type {
  ChangeView,
  InstrumentView,
  MatrixView,
  ParticipantProfile,
  PartyCountPoint,
} from '#domain/treaties/views.ts';
import type { InstrumentListItem } from '#app/treaties/list-instruments.ts';
import type { ParticipantListItem } from '#app/treaties/list-participants.ts';
import type { ImportBatchView } from '#app/treaties/list-import-batches.ts';
import type { PartyCounts } from '#app/treaties/get-party-counts.ts';
import { localizedText } from '../common.ts';

const date = z.string().meta({ format: 'date' });
const nullableDate = date.nullable();
export const participationStatus = z.enum(['party', 'signatory', 'withdrawn', 'none', 'unknown', 'not_adopted', 'not_a_state']);
export const participantKind = z.enum(['member', 'observer', 'non_member', 'organization']);
export const instrumentCategory = z
  .enum(INSTRUMENT_CATEGORIES)
  .describe('universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.');

export const sourceView = z
  .object({
    id: z.number().int(),
    publisher: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    asOf: nullableDate,
  })
  .meta({ id: 'Source' });

export const participantSummary = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union).'),
    iso2: z.string().nullable(),
    m49: z.string().nullable(),
    kind: participantKind,
    regionalGroup: z.string().nullable(),
    names: localizedText,
  })
  .meta({ id: 'ParticipantSummary' });

export const instrumentSummary = z
  .object({
    id: z.string(),
    category: instrumentCategory,
    sortOrder: z.number().int(),
    shortNames: localizedText,
    titles: localizedText,
    depositary: z.string().nullable(),
    adoptedDate: nullableDate,
    entryIntoForce: nullableDate,
    statusListAsOf: nullableDate.describe(
      'As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`).',
    ),
  })
  .meta({ id: 'InstrumentSummary' });

export const eventView = z
  .object({
    id: z.number().int(),
    kind: z.enum(EVENT_KINDS),
    date: nullableDate,
    effectiveDate: nullableDate,
    text: z.string().nullable(),
    nameAsWritten: z.string(),
    source: sourceView,
    batchId: z.number().int(),
  })
  .meta({ id: 'Event' });

export const participationView = z.object({
  instrumentId: z.string(),
  participantCode: z.string(),
  status: participationStatus,
  signatureDate: nullableDate,
  consentKind: z.enum(EVENT_KINDS).nullable(),
  consentDate: nullableDate,
  inForceFrom: nullableDate,
  source: sourceView.nullable(),
  disagreements: z.array(z.object({ slot: z.string(), chosen: eventView, others: z.array(eventView) })),
});

export const matrixCell = z
  .object({
    s: participationStatus,
    d: nullableDate.describe('Date of the consent (or signature) the status rests on.'),
    x: z.literal(true).optional().describe('Present when sources disagree.'),
  })
  .meta({ id: 'MatrixCell' });

export const matrixView = z
  .object({
    asOf: date,
    instruments: z.array(instrumentSummary),
    participants: z.array(
      participantSummary.extend({
        partyCount: z.number().int(),
        cells: z.record(z.string(), matrixCell).describe('Keyed by instrument id.'),
      }),
    ),
  })
  .meta({ id: 'Matrix' });

export const participantProfile = z
  .object({
    asOf: date,
    participant: participantSummary.extend({ officialNameEn: z.string().nullable(), memberSince: nullableDate }),
    participation: z.array(participationView.extend({ instrument: instrumentSummary })),
    gaps: z.array(instrumentSummary),
    timeline: z.array(
      eventView.extend({
        instrumentId: z.string(),
        alsoIn: z.array(sourceView).describe('Other publishers that state the same act (same instrument, kind and date).'),
      }),
    ),
  })
  .meta({ id: 'ParticipantProfile' });

export const instrumentView = z
  .object({
    asOf: date,
    instrument: instrumentSummary.extend({
      adoptedPlace: z.string().nullable(),
      openedForSignature: nullableDate,
      untcRef: z.string().nullable(),
      eifRule: z.unknown(),
      titleSources: z.record(z.string(), z.string()),
    }),
    counts: z.object({ parties: z.number().int(), signatories: z.number().int(), withdrawn: z.number().int() }),
    participants: z.array(participationView.extend({ participant: participantSummary })),
    otherListed: z
      .array(z.object({ nameAsWritten: z.string(), kind: z.string(), date: nullableDate, publisher: z.string(), asOf: nullableDate }))
      .describe('Entities the complete lists name that are not States in Accord’s list (e.g. "Taipei chinois (Taiwan)"), as printed; never counted.'),
  })
  .meta({ id: 'InstrumentView' });

export const participantListItem = participantSummary
  .extend({ universalPartyCount: z.number().int().describe('Universal instruments joined as of the date.') })
  .meta({ id: 'ParticipantListItem' });

export const instrumentListItem = instrumentSummary
  .extend({ partyCount: z.number().int(), signatoryCount: z.number().int() })
  .meta({ id: 'InstrumentListItem' });

export const changeView = z
  .object({
    event: eventView.extend({ instrumentId: z.string(), participantCode: z.string() }),
    recordedAt: z.string().meta({ format: 'date-time' }).describe('When Accord recorded it (import time).'),
  })
  .meta({ id: 'Change' });

export const partyCountPoint = z.object({ date, parties: z.number().int() });

export const partyCounts = z
  .object({ instrumentId: z.string(), asOf: date, points: z.array(partyCountPoint) })
  .meta({ id: 'PartyCounts' });

export const importBatchView = z
  .object({
    id: z.number().int(),
    format: z.string(),
    fileName: z.string(),
    fileSha256: z.string(),
    instrumentId: z.string().nullable(),
    source: z
      .object({ publisher: z.string(), title: z.string(), url: z.string().nullable(), asOf: nullableDate })
      .nullable(),
    status: z.enum(['applied', 'reverted']),
    counts: z.record(z.string(), z.number()).describe('What the import found: rows, new, changed, unchanged, …'),
    startedAt: z.string().meta({ format: 'date-time' }),
    finishedAt: z.string().meta({ format: 'date-time' }).nullable(),
    revertedAt: z.string().meta({ format: 'date-time' }).nullable(),
    log: z.array(z.unknown()).optional(),
  })
  .meta({ id: 'ImportBatch' });

// Compile-time proof that schema and view type agree both ways (a drift is a type error, not a runtime surprise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => undefined;
agree<Same<z.output<typeof matrixView>, MatrixView>>(true);
agree<Same<z.output<typeof participantProfile>, ParticipantProfile>>(true);
agree<Same<z.output<typeof instrumentView>, InstrumentView>>(true);
agree<Same<z.output<typeof changeView>, ChangeView>>(true);
agree<Same<z.output<typeof partyCountPoint>, PartyCountPoint>>(true);
agree<Same<z.output<typeof partyCounts>, PartyCounts>>(true);
agree<Same<z.output<typeof participantListItem>, ParticipantListItem>>(true);
agree<Same<z.output<typeof instrumentListItem>, InstrumentListItem>>(true);
agree<Same<z.output<typeof importBatchView>, ImportBatchView>>(true);
