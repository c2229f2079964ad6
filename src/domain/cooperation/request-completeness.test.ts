// Completeness of a request: each item found present or missing in the content, the three sources of requirement,
// and a requested State whose requirements Accord does not hold shown as unknown.
import { describe, expect, it } from 'vitest';
import {
  checkCompleteness,
  itemPresent,
  REQUEST_ITEM_KEYS,
  REQUEST_ITEMS,
  type RequestItem,
  type TreatyRequirement,
} from './request-completeness.ts';
import { emptyContent, type RequestContent } from './requests.ts';

/** An MLA request that says everything (transfer of a detained person sought, so its consent applies). */
function fullMla(): RequestContent {
  const c = emptyContent();
  c.requesting = {
    authorityName: 'Parquet national antiterroriste',
    reference: 'PNAT-2026-17',
    contactName: 'Claire Martin',
    contactEmail: 'c.martin@justice.example',
    contactPhone: '',
    urgency: 'urgent',
    urgencyReason: 'The suspect is to be released on 1 May.',
  };
  c.requested = { authorityId: null, authorityName: 'Ministry of Justice', address: 'Oslo', channel: 'diplomatic', language: 'en' };
  c.legalBasis = { instrumentId: 'untoc', bilateralTreatyId: null, articles: '18', reciprocity: false, note: '' };
  c.facts = { subject: 'Financing of terrorism', conductingAuthority: 'Investigating judge, Paris', summary: 'Transfers in 2025.', purpose: 'Bank records.' };
  c.offences = [{ name: 'Financing of terrorism', lawReference: 'Code pénal, art. 421-2-2', lawText: 'Constitue…', penalty: '10 years' }];
  c.assistance = {
    measures: ['bank-records', 'transfer-detained'],
    details: { 'bank-records': 'Account 123', 'transfer-detained': 'To testify' },
    personsConcerned: 'A. B.',
    transferConsent: 'Consent given on 2 March.',
  };
  c.procedures = { procedures: 'Certified copies.', confidentiality: 'Do not inform the account holder.', contacts: '' };
  return c;
}

/** An extradition request that says everything (on a judgment, so the sentence applies). */
function fullExtradition(): RequestContent {
  const c = fullMla();
  c.assistance = emptyContent().assistance;
  c.person = { name: 'A. B.', aliases: '', dateOfBirth: '1980-01-01', nationality: '', identification: 'Passport 12AB', location: 'Bergen' };
  c.warrant = { kind: 'judgment', issuedBy: 'Cour d’assises de Paris', issuedOn: '2025-06-01', reference: 'J-1', sentence: '8 years, 8 to serve', timeLimits: 'None' };
  c.assurances = [{ kind: 'fair-trial', direction: 'offered', text: 'Retrial on request.' }];
  return c;
}

/** For each item, a change to a full request that leaves it missing. */
const BLANKING: Record<RequestItem, (c: RequestContent) => void> = {
  'requesting-authority': (c) => (c.requesting.authorityName = ' '),
  'requesting-contact': (c) => (c.requesting.contactEmail = ''),
  'urgency-reason': (c) => (c.requesting.urgencyReason = ''),
  'requested-authority': (c) => (c.requested.authorityName = ''),
  'output-language': (c) => (c.requested.language = ''),
  'legal-basis': (c) => (c.legalBasis.articles = ''),
  'subject-and-conducting-authority': (c) => (c.facts.conductingAuthority = ''),
  'facts-summary': (c) => (c.facts.summary = ''),
  purpose: (c) => (c.facts.purpose = ''),
  offences: (c) => (c.offences = []),
  'offence-law-text': (c) => (c.offences[0]!.lawText = ''),
  'offence-penalty': (c) => (c.offences[0]!.penalty = ''),
  'assistance-sought': (c) => (c.assistance.details = { 'bank-records': 'Account 123' }),
  'persons-concerned': (c) => (c.assistance.personsConcerned = ''),
  'transfer-consent': (c) => (c.assistance.transferConsent = ''),
  'person-identity': (c) => (c.person.dateOfBirth = ''),
  'person-identification': (c) => (c.person.identification = ''),
  'person-location': (c) => (c.person.location = ''),
  warrant: (c) => (c.warrant.reference = ''),
  sentence: (c) => (c.warrant.sentence = ''),
  'time-limits': (c) => (c.warrant.timeLimits = ''),
  assurances: (c) => (c.assurances = [{ kind: 'fair-trial', direction: 'offered', text: '' }]),
  procedures: (c) => (c.procedures.procedures = ''),
  confidentiality: (c) => (c.procedures.confidentiality = ''),
};

const full = (item: RequestItem) => (REQUEST_ITEMS[item].kinds as readonly string[]).includes('mla') ? fullMla() : fullExtradition();

describe('itemPresent', () => {
  it.each(REQUEST_ITEM_KEYS)('finds %s in a full request, and misses it once blanked', (item) => {
    const c = full(item);
    expect(itemPresent(item, c)).toBe(true);
    BLANKING[item](c);
    expect(itemPresent(item, c)).toBe(false);
  });

  it('asks no reason of a request that is not urgent, no consent of a transfer not sought, no sentence for a warrant', () => {
    const c = fullExtradition();
    c.requesting.urgency = 'normal';
    c.requesting.urgencyReason = '';
    c.warrant.kind = 'arrest-warrant';
    c.warrant.sentence = '';
    expect(itemPresent('urgency-reason', c)).toBeNull();
    expect(itemPresent('sentence', c)).toBeNull();
    const m = fullMla();
    m.assistance.measures = ['bank-records'];
    m.assistance.transferConsent = '';
    expect(itemPresent('transfer-consent', m)).toBeNull();
  });

  it('takes reciprocity as a legal basis without a treaty, and a treaty only with its article', () => {
    const c = emptyContent();
    expect(itemPresent('legal-basis', c)).toBe(false);
    c.legalBasis.reciprocity = true;
    expect(itemPresent('legal-basis', c)).toBe(true);
    c.legalBasis = { ...c.legalBasis, reciprocity: false, bilateralTreatyId: '00000000-0000-4000-8000-000000000001' };
    expect(itemPresent('legal-basis', c)).toBe(false);
    c.legalBasis.articles = '5';
    expect(itemPresent('legal-basis', c)).toBe(true);
  });

  it('accepts a contact reached by telephone only, and a person identified by nationality only', () => {
    const c = fullExtradition();
    c.requesting.contactEmail = '';
    c.requesting.contactPhone = '+33 1 00 00 00 00';
    c.person.dateOfBirth = '';
    c.person.nationality = 'French';
    expect(itemPresent('requesting-contact', c)).toBe(true);
    expect(itemPresent('person-identity', c)).toBe(true);
  });

  it('does not ask the facts of a request only for the service of judicial documents (UNTOC 18(15)(c))', () => {
    const c = fullMla();
    c.facts.summary = '';
    c.assistance.measures = ['service-of-documents'];
    expect(itemPresent('facts-summary', c)).toBeNull();
    c.assistance.measures = ['service-of-documents', 'bank-records'];
    expect(itemPresent('facts-summary', c)).toBe(false);
    c.assistance.measures = [];
    expect(itemPresent('facts-summary', c)).toBe(false);
  });
});

const UNTOC_PURPOSE: TreatyRequirement = {
  instrumentId: 'untoc',
  kind: 'mla',
  article: '18(15)(f)',
  item: 'purpose',
  level: 'required',
  quote: 'The purpose for which the evidence, information or action is sought.',
};

describe('checkCompleteness', () => {
  const base = { template: [], treatyRequirements: [], requestedAuthority: null };

  it('checks only the items of the kind, each on its step', () => {
    const mla = checkCompleteness({ ...base, kind: 'mla', content: fullMla() });
    expect(mla.items.map((i) => i.item)).not.toContain('warrant');
    expect(mla.items.map((i) => i.item)).toContain('transfer-consent');
    expect(mla.items.find((i) => i.item === 'purpose')?.step).toBe('facts');
    const ext = checkCompleteness({ ...base, kind: 'extradition', content: fullExtradition() });
    expect(ext.items.map((i) => i.item)).not.toContain('assistance-sought');
    expect(ext.items.map((i) => i.item)).not.toContain('purpose');
    expect(ext.items.map((i) => i.item)).toContain('assurances');
  });

  it('refuses to call complete a request missing an item the template requires, and names its step', () => {
    const c = fullMla();
    c.offences = [];
    const result = checkCompleteness({ ...base, kind: 'mla', content: c, template: [{ item: 'offences', level: 'required' }] });
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual(['offences']);
    expect(result.stepsWithMissing).toEqual(['offences']);
    expect(result.items.find((i) => i.item === 'offences')).toMatchObject({ state: 'missing', level: 'required', requiredBy: [{ source: 'template', level: 'required' }] });
  });

  it('lets a missing item that is only recommended, or asked by nobody, through', () => {
    const c = fullMla();
    c.procedures.procedures = '';
    c.facts.purpose = '';
    const result = checkCompleteness({ ...base, kind: 'mla', content: c, template: [{ item: 'procedures', level: 'recommended' }] });
    expect(result.complete).toBe(true);
    expect(result.items.find((i) => i.item === 'procedures')).toMatchObject({ state: 'missing', level: 'recommended' });
    expect(result.items.find((i) => i.item === 'purpose')).toMatchObject({ state: 'missing', level: null, requiredBy: [] });
  });

  it('applies a treaty’s requirements only to requests based on that treaty, and of its kind', () => {
    const c = fullMla();
    c.facts.purpose = '';
    const onUntoc = checkCompleteness({ ...base, kind: 'mla', content: c, treatyRequirements: [UNTOC_PURPOSE] });
    expect(onUntoc.missing).toEqual(['purpose']);
    expect(onUntoc.items.find((i) => i.item === 'purpose')?.requiredBy).toEqual([
      { source: 'treaty', level: 'required', instrumentId: 'untoc', article: '18(15)(f)', quote: UNTOC_PURPOSE.quote },
    ]);
    c.legalBasis.instrumentId = 'uncac';
    expect(checkCompleteness({ ...base, kind: 'mla', content: c, treatyRequirements: [UNTOC_PURPOSE] }).missing).toEqual([]);
    const ext = fullExtradition();
    ext.offences[0]!.penalty = '';
    const forMla: TreatyRequirement = { ...UNTOC_PURPOSE, item: 'offence-penalty' };
    expect(checkCompleteness({ ...base, kind: 'extradition', content: ext, treatyRequirements: [forMla] }).missing).toEqual([]);
  });

  it('applies what the requested State’s directory entry requires, and says its requirements are known', () => {
    const c = fullExtradition();
    c.person.location = '';
    const result = checkCompleteness({
      ...base,
      kind: 'extradition',
      content: c,
      requestedAuthority: { id: 'auth-1', requiredItems: ['person-location'] },
    });
    expect(result.requestedStateRequirements).toBe('known');
    expect(result.missing).toEqual(['person-location']);
    expect(result.items.find((i) => i.item === 'person-location')?.requiredBy).toEqual([
      { source: 'requested-state', level: 'required', authorityId: 'auth-1' },
    ]);
    // An entry that lists nothing is known to require nothing more.
    expect(checkCompleteness({ ...base, kind: 'extradition', content: c, requestedAuthority: { id: 'auth-1', requiredItems: [] } }).requestedStateRequirements).toBe(
      'known',
    );
  });

  it('shows a requested State’s requirements as unknown when its entry does not say, or there is no entry, and assumes nothing', () => {
    const c = fullMla();
    c.assistance.personsConcerned = '';
    for (const requestedAuthority of [null, { id: 'auth-1', requiredItems: null }]) {
      const result = checkCompleteness({ ...base, kind: 'mla', content: c, requestedAuthority });
      expect(result.requestedStateRequirements).toBe('unknown');
      expect(result.complete).toBe(true);
      expect(result.items.every((i) => i.requiredBy.every((s) => s.source !== 'requested-state'))).toBe(true);
    }
  });

  it('takes the strongest level among the sources, and lists each source', () => {
    const c = fullMla();
    c.facts.purpose = '';
    const result = checkCompleteness({
      kind: 'mla',
      content: c,
      template: [{ item: 'purpose', level: 'recommended' }],
      treatyRequirements: [UNTOC_PURPOSE],
      requestedAuthority: { id: 'auth-1', requiredItems: ['purpose'] },
    });
    const purpose = result.items.find((i) => i.item === 'purpose')!;
    expect(purpose.level).toBe('required');
    expect(purpose.requiredBy.map((s) => s.source)).toEqual(['template', 'treaty', 'requested-state']);
  });

  it('does not count a not-applicable item as missing, whoever requires it', () => {
    const c = fullMla();
    c.facts.summary = '';
    c.assistance = { measures: ['service-of-documents'], details: { 'service-of-documents': 'Summons' }, personsConcerned: 'A. B.', transferConsent: '' };
    const result = checkCompleteness({
      ...base,
      kind: 'mla',
      content: c,
      template: [{ item: 'facts-summary', level: 'required' }, { item: 'transfer-consent', level: 'required' }],
    });
    expect(result.items.find((i) => i.item === 'facts-summary')?.state).toBe('not-applicable');
    expect(result.complete).toBe(true);
  });
});
