import { describe, expect, it } from 'vitest';
import { deriveParticipation, inForceDateFor, statusWithoutActs, type InstrumentTiming } from './status.ts';
import { sameConsentKind } from './types.ts';
import type { EventKind, ParticipationEvent, SourceRef } from './types.ts';

const untc2014: SourceRef = { id: 1, publisher: 'UNTC', title: 'XVIII-11', url: null, asOf: '2014-07-10' };
const unoda2018: SourceRef = { id: 2, publisher: 'UNODA', title: 'ICSANT', url: null, asOf: '2018-07-10' };
const financing: InstrumentTiming = {
  id: 'financing1999',
  entryIntoForce: '2002-04-10',
  eifRule: { kind: 'days_after_deposit', days: 30 },
  statusListAsOf: '2014-07-10',
};

let nextId = 1;
function ev(kind: EventKind, date: string | null, over: Partial<ParticipationEvent> = {}): ParticipationEvent {
  return {
    id: nextId++,
    instrumentId: 'financing1999',
    participantCode: 'AFG',
    kind,
    date,
    effectiveDate: null,
    text: null,
    nameAsWritten: 'Afghanistan',
    source: untc2014,
    batchId: 1,
    note: null,
    ...over,
  };
}

describe('deriveParticipation', () => {
  it('is none without events', () => {
    const p = deriveParticipation(financing, 'AFG', [], '2014-01-01');
    expect(p.status).toBe('none');
    expect(p.inForce).toBeNull();
  });

  it('is unknown without events when no complete status list is held', () => {
    const excerptOnly = { ...financing, statusListAsOf: null };
    expect(deriveParticipation(excerptOnly, 'FRA', [], '2014-01-01').status).toBe('unknown');
    // A recorded act is known whatever the coverage.
    expect(deriveParticipation(excerptOnly, 'AFG', [ev('consent', '1977-04-15')], '2014-01-01').status).toBe('party');
  });

  it('is signatory after a signature and party after consent, with entry into force by the rule', () => {
    const events = [ev('signature', '2001-12-18'), ev('ratification', '2002-04-10')];
    expect(deriveParticipation(financing, 'ALB', events, '2002-01-01').status).toBe('signatory');
    const party = deriveParticipation(financing, 'ALB', events, '2002-04-10');
    expect(party.status).toBe('party');
    expect(party.inForceFrom).toBe('2002-05-10');
    expect(party.inForce).toBe(false);
    expect(deriveParticipation(financing, 'ALB', events, '2002-05-10').inForce).toBe(true);
  });

  it('never puts entry into force for a State before the instrument is in force', () => {
    expect(inForceDateFor('2000-01-01', financing)).toBe('2002-04-10');
    expect(inForceDateFor('2000-01-01', { ...financing, eifRule: null })).toBeNull();
  });

  it('prefers the publisher-given effective date', () => {
    const p = deriveParticipation(financing, 'AFG', [ev('consent', '1977-04-15', { effectiveDate: '1977-07-14' })], '2020-01-01');
    expect(p.inForceFrom).toBe('1977-07-14');
  });

  it('ignores events dated after asOf', () => {
    const p = deriveParticipation(financing, 'TLS', [ev('accession', '2014-05-27')], '2013-12-18');
    expect(p.status).toBe('none');
  });

  it('lets a later record of the same publisher supersede an earlier one', () => {
    const events = [ev('accession', '2003-09-24', { batchId: 1 }), ev('ratification', '2003-09-25', { batchId: 2 })];
    const p = deriveParticipation(financing, 'AFG', events, '2014-01-01');
    expect(p.consent?.kind).toBe('ratification');
    expect(p.disagreements).toEqual([]);
  });

  it('keeps both sources when they disagree, prefers the newer source, and reports it', () => {
    const older = ev('ratification', '2010-01-01', { source: untc2014, batchId: 1 });
    const newer = ev('ratification', '2010-02-01', { source: unoda2018, batchId: 2 });
    const p = deriveParticipation(financing, 'AFG', [newer, older], '2020-01-01');
    expect(p.consent?.date).toBe('2010-02-01');
    expect(p.disagreements).toHaveLength(1);
    expect(p.disagreements[0]?.others[0]?.date).toBe('2010-01-01');
  });

  it('does not report agreement as disagreement', () => {
    const a = ev('ratification', '2010-01-01', { source: untc2014 });
    const b = ev('ratification', '2010-01-01', { source: unoda2018, batchId: 2 });
    expect(deriveParticipation(financing, 'AFG', [a, b], '2020-01-01').disagreements).toEqual([]);
  });

  it('marks a withdrawal after consent and a new consent after withdrawal', () => {
    const events = [ev('ratification', '2005-01-01'), ev('withdrawal', '2010-01-01')];
    expect(deriveParticipation(financing, 'X', events, '2011-01-01').status).toBe('withdrawn');
    expect(deriveParticipation(financing, 'X', events, '2009-01-01').status).toBe('party');
  });

  it('keeps every reservation and declaration, dated or not', () => {
    const p = deriveParticipation(
      financing,
      'X',
      [ev('reservation', null, { text: 'Art. 24(1) does not bind' }), ev('declaration', '2003-01-01', { text: 'x' })],
      '2014-01-01',
    );
    expect(p.reservations).toHaveLength(1);
    expect(p.declarations).toHaveLength(1);
  });
});

describe('what a cell says when no act decides it', () => {
  const adopted = { ...financing, adoptedDate: '1999-12-09' };
  const fedlex: SourceRef = { id: 3, publisher: 'Fedlex', title: 'SR 0.353.22', url: null, asOf: '2024-06-07' };

  it('reads "not yet adopted" before the adoption, whatever else is known', () => {
    expect(statusWithoutActs(adopted, '1999-12-08', null)).toBe('not_adopted');
    expect(deriveParticipation(adopted, 'AFG', [ev('signature', '1999-12-08')], '1999-12-08').status).toBe('not_adopted');
    expect(statusWithoutActs(adopted, '1999-12-09', null)).toBe('none');
  });

  it('reads "not yet a State" before statehood, unless the State has an act by then', () => {
    // South Sudan became a State on 9 July 2011 (statehood.csv).
    expect(statusWithoutActs(adopted, '2011-07-08', '2011-07-09')).toBe('not_a_state');
    expect(statusWithoutActs(adopted, '2011-07-09', '2011-07-09')).toBe('none');
    expect(deriveParticipation(adopted, 'SSD', [ev('accession', '2012-01-01')], '2011-01-01', '2011-07-09').status).toBe('not_a_state');
    // A succession that takes effect before the date a dataset gives for statehood: the act wins.
    const hrv = [ev('succession', '1991-10-08', { participantCode: 'HRV' })];
    expect(deriveParticipation(adopted, 'HRV', hrv, '2000-01-01', '2001-01-15').status).toBe('party');
  });

  it('reads "unknown", never "not a party", for a State a complete list names without a date', () => {
    const listed = [ev('consent', null, { source: fedlex, participantCode: 'NLD' })];
    expect(deriveParticipation(adopted, 'NLD', listed, '2024-06-07').status).toBe('unknown');
    // Another publisher's dated act still decides.
    const dated = [...listed, ev('ratification', '2002-02-07', { participantCode: 'NLD' })];
    expect(deriveParticipation(adopted, 'NLD', dated, '2024-06-07').status).toBe('party');
    // A signatory that a source names as a party without a date has consented since: unknown, not "signatory".
    const signedThenListed = [ev('signature', '2002-01-01', { participantCode: 'THA' }), ev('consent', null, { participantCode: 'THA' })];
    expect(deriveParticipation(adopted, 'THA', signedThenListed, '2024-06-07').status).toBe('unknown');
    expect(deriveParticipation(adopted, 'THA', signedThenListed.slice(0, 1), '2024-06-07').status).toBe('signatory');
  });

  it('takes ratification, acceptance and approval on one date as agreeing, and another date as a disagreement', () => {
    const fin = [ev('acceptance', '2002-06-28'), ev('ratification', '2002-06-28', { source: fedlex, batchId: 2 })];
    expect(deriveParticipation(adopted, 'FIN', fin, '2024-06-07').disagreements).toEqual([]);
    const qat = [ev('accession', '2008-07-27'), ev('accession', '2008-06-27', { source: fedlex, batchId: 2 })];
    const d = deriveParticipation(adopted, 'QAT', qat, '2024-06-07');
    expect(d.consent!.source.publisher).toBe('Fedlex');
    expect(d.disagreements).toHaveLength(1);
    expect(sameConsentKind('accession', 'ratification')).toBe(false);
    expect(sameConsentKind('consent', 'accession')).toBe(true);
  });
});
