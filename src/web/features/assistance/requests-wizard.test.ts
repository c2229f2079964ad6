// The request wizard's logic: steps, which step shows an API issue, what each step needs, the draft ↔ body mapping,
// and the checks of a transition's form.
import { describe, expect, it } from 'vitest';
import type { AssistanceRequestView, MembershipView } from '#web/api-types.ts';
import {
  draftFromRequest,
  emptyDraft,
  firstStepWithIssues,
  inputFromDraft,
  nextStep,
  changedFields,
  previousStep,
  requesterOptions,
  requestFilters,
  stepIssues,
  stepOfField,
  toggle,
  transitionIssues,
  wizardIssueField,
  WIZARD_STEPS,
  type RequestDraft,
} from './requests-wizard.ts';

const membership = (m: Partial<MembershipView>): MembershipView => ({
  id: 'm',
  organisationId: 'org',
  organisationName: 'Org',
  organisationKind: 'state-authority',
  stateCode: null,
  role: 'focal-point',
  regions: null,
  themes: null,
  ...m,
});

const focal = requesterOptions([membership({ organisationId: 'moj-ken', stateCode: 'KEN' })]);
const officer = requesterOptions([
  membership({ organisationId: 'unodc', organisationName: 'UNODC', organisationKind: 'un-entity', role: 'entity-officer' }),
]);

const complete = (d: RequestDraft): RequestDraft => ({
  ...d,
  addressedToOrganisationId: d.addressedToOrganisationId || 'unodc',
  title: 'Drafting a counter-terrorism law',
  themes: ['ratification-legislation'],
  needs: 'Our penal code lacks the offences of the 1999 Convention.',
  languages: ['en'],
});

describe('steps', () => {
  it('go in order, with a first and a last', () => {
    expect(WIZARD_STEPS).toEqual(['what', 'needs', 'how', 'attachments', 'review']);
    expect(nextStep('what')).toBe('needs');
    expect(nextStep('review')).toBeNull();
    expect(previousStep('what')).toBeNull();
    expect(previousStep('review')).toBe('attachments');
  });

  it.each([
    ['title', 'what'],
    ['themes.1', 'what'],
    ['addressedToOrganisationId', 'what'],
    ['requestingAuthorityName', 'what'],
    ['needs', 'needs'],
    ['priorities', 'needs'],
    ['languages.0', 'how'],
    ['urgency', 'how'],
    ['attachmentDocumentIds.2', 'attachments'],
    ['noteVerbaleDocumentId', 'what'],
    ['event', 'review'],
    ['', 'review'],
  ])('an issue about %s is shown on the step “%s”', (field, step) => {
    expect(stepOfField(field)).toBe(step);
  });

  it('sends the reader to the first step with an issue', () => {
    expect(firstStepWithIssues(['languages', 'needs', 'attachmentDocumentIds.0'])).toBe('needs');
    expect(firstStepWithIssues([])).toBeNull();
  });

  it('names the field of body, query and submission issues alike', () => {
    expect(wizardIssueField({ path: ['body', 'themes', 2], message: '' })).toBe('themes.2');
    expect(wizardIssueField({ path: ['request', 'needs'], message: '' })).toBe('needs');
    expect(wizardIssueField({ path: 'body.title', message: '' })).toBe('title');
  });
});

describe('a new draft', () => {
  it('is a focal point’s own State and authority, addressed to nobody yet', () => {
    const d = emptyDraft(focal, false);
    expect(d).toMatchObject({ recordedOnBehalf: false, stateCode: 'KEN', requestingOrganisationId: 'moj-ken', addressedToOrganisationId: '' });
    expect(d.modality).toBe('no-preference');
    expect(d.urgency).toBe('normal');
  });

  it('is addressed to the officer’s own entity when recorded on a State’s behalf, the State still to choose', () => {
    const d = emptyDraft(officer, true);
    expect(d).toMatchObject({ recordedOnBehalf: true, stateCode: '', requestingOrganisationId: '', addressedToOrganisationId: 'unodc' });
  });

  it('knows who may ask as whom from the memberships', () => {
    expect(focal).toEqual({ focalPoints: [{ stateCode: 'KEN', organisationId: 'moj-ken' }], officerOf: [] });
    expect(officer.officerOf).toEqual([{ organisationId: 'unodc', organisationName: 'UNODC' }]);
    expect(requesterOptions([membership({ role: 'coordinator', organisationKind: 'un-entity' })])).toEqual({
      focalPoints: [],
      officerOf: [],
    });
  });
});

describe('what each step needs', () => {
  const fields = (issues: { path: unknown }[]) => issues.map((i) => (i.path as string[])[1]);

  it('the first step: the addressed entity, a title and a theme', () => {
    expect(fields(stepIssues('what', emptyDraft(focal, false)))).toEqual(['addressedToOrganisationId', 'title', 'themes']);
    expect(stepIssues('what', { ...emptyDraft(focal, false), title: '   ' }).map((i) => i.code)).toContain('required');
  });

  it('on a State’s behalf: the State, the authority and the note verbale too', () => {
    expect(fields(stepIssues('what', emptyDraft(officer, true)))).toEqual([
      'stateCode',
      'requestingAuthorityName',
      'title',
      'themes',
      'noteVerbaleDocumentId',
    ]);
  });

  it('the needs and at least one language; attachments are optional', () => {
    const d = emptyDraft(officer, true);
    expect(fields(stepIssues('needs', d))).toEqual(['needs']);
    expect(fields(stepIssues('how', d))).toEqual(['languages']);
    expect(stepIssues('attachments', d)).toEqual([]);
  });

  it('the review checks every step', () => {
    expect(stepIssues('review', complete(emptyDraft(focal, false)))).toEqual([]);
    const onBehalf = { ...complete(emptyDraft(officer, true)), stateCode: 'KEN', requestingAuthorityName: 'Ministry of Justice' };
    expect(fields(stepIssues('review', onBehalf))).toEqual(['noteVerbaleDocumentId']);
    expect(stepIssues('review', { ...onBehalf, noteVerbaleDocumentId: 'doc-1' })).toEqual([]);
  });
});

describe('the API body', () => {
  it('trims text and sends empty references as null', () => {
    const body = inputFromDraft({ ...complete(emptyDraft(officer, true)), stateCode: 'KEN', title: '  Law  ', requestingAuthorityName: ' ' });
    expect(body).toMatchObject({
      stateCode: 'KEN',
      title: 'Law',
      requestingOrganisationId: null,
      requestingAuthorityName: null,
      noteVerbaleDocumentId: null,
      recordedOnBehalf: true,
    });
  });

  it('a step saves only its own fields that changed since the draft was loaded, never the State', () => {
    const loaded = complete(emptyDraft(focal, false));
    expect(changedFields(loaded, loaded, 'needs')).toEqual({});
    const d = { ...loaded, needs: '  New needs  ', priorities: loaded.priorities, urgency: 'high', stateCode: 'FRA' };
    expect(changedFields(loaded, d, 'needs')).toEqual({ needs: 'New needs' });
    expect(changedFields(loaded, d, 'how')).toEqual({ urgency: 'high' });
    expect(changedFields(loaded, d, 'what')).toEqual({});
    expect(changedFields(loaded, d, 'review')).toEqual({});
  });

  it('before submitting, only what changed is sent: a field the reader did not touch is not sent over a colleague’s', () => {
    const loaded = complete(emptyDraft(focal, false));
    const d = { ...loaded, title: 'Changed title', themes: [...loaded.themes, 'victims'], recordedOnBehalf: !loaded.recordedOnBehalf };
    expect(changedFields(loaded, d)).toEqual({ title: 'Changed title', themes: [...loaded.themes, 'victims'] });
    // Whitespace that trims to the same value is no change.
    expect(changedFields(loaded, { ...loaded, title: ` ${loaded.title} ` })).toEqual({});
  });

  it('a saved request comes back as the same draft', () => {
    const d = { ...complete(emptyDraft(focal, false)), mandates: ['68/187/OP1'], attachmentDocumentIds: ['doc-1'] };
    const view = {
      ...inputFromDraft(d),
      id: 'r1',
      reference: 'REQ-2026-0001',
      status: 'draft',
      noteVerbaleDocumentId: null,
    } as unknown as AssistanceRequestView;
    expect(draftFromRequest(view)).toEqual(d);
  });
});

describe('toggle', () => {
  it('adds once, removes, and keeps the order of the choices', () => {
    const order = ['a', 'b', 'c'];
    expect(toggle(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggle(['a', 'c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggle(['a', 'c'], 'a', false, order)).toEqual(['c']);
    expect(toggle(['x'], 'y', true)).toEqual(['x', 'y']);
  });
});

describe('transition forms', () => {
  const base = { comment: '', reason: '', referToOrganisationId: '' };
  const fields = (event: string, t: Partial<typeof base> = {}) =>
    transitionIssues({ event, ...base, ...t }).map((i) => (i.path as string[])[1]);

  it('a decline needs a reason and a comment', () => {
    expect(fields('decline')).toEqual(['comment', 'reason']);
    expect(fields('decline', { comment: 'Out of scope', reason: 'outside-mandate' })).toEqual([]);
  });

  it('a referral needs the entity and a comment; a withdrawal a comment', () => {
    expect(fields('refer')).toEqual(['comment', 'referToOrganisationId']);
    expect(fields('withdraw', { comment: '   ' })).toEqual(['comment']);
  });

  it('other events need nothing more', () => {
    for (const event of ['submit', 'start-review', 'accept', 'plan', 'start-delivery', 'complete', 'evaluate']) {
      expect(fields(event)).toEqual([]);
    }
  });
});

describe('list filters from the address', () => {
  it('keeps the known filters, trimmed, and only the known views', () => {
    const f = requestFilters(new URLSearchParams('view=queue&status=submitted&q=%20law%20&other=1'));
    expect(f).toEqual({ view: 'queue', status: 'submitted', stateCode: null, theme: null, urgency: null, addressedTo: null, q: 'law' });
    expect(requestFilters(new URLSearchParams('view=everything')).view).toBeNull();
  });
});
