// What notifications say, in six languages: every kind and every vocabulary id has its words in each language (no
// English left in the others), params are kept only when allowed, and the notification mail is escaped and
// right-to-left in Arabic.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_STATUSES } from '#domain/assistance/delivery.ts';
import { REQUEST_STATUSES } from '#domain/assistance/request-workflow.ts';
import { REQUEST_STATUSES as COOPERATION_REQUEST_STATUSES } from '#domain/cooperation/requests.ts';
import { RESULT_KINDS } from '#domain/assistance/results.ts';
import { THEMES, UN_LANGUAGES } from '#domain/assistance/themes.ts';
import { renderMail } from './mail-templates.ts';
import {
  NOTIFICATION_KINDS,
  notificationLanguage,
  notificationPath,
  notificationTitle,
  notificationWords,
  storedParams,
  subscriptionLabel,
} from './notification-templates.ts';

const params = {
  reference: 'REQ-2026-0042',
  title: 'Model law on terrorist financing',
  status: 'accepted',
  stateCodes: 'AFG,PAK',
  themes: 'victims,cbrn',
  startDate: '2026-04-01',
  endDate: '2026-04-03',
  resolution: 'rescheduled',
  resultKind: 'ratification-deposited',
};

describe('notification titles', () => {
  it.each(UN_LANGUAGES)('renders every kind in %s, in its own words', (lang) => {
    for (const kind of NOTIFICATION_KINDS) {
      const title = notificationTitle(lang, kind, params);
      expect(title).toContain('Model law on terrorist financing');
      const bare = notificationTitle(lang, kind, params, { withRecordTitle: false });
      expect(bare).not.toContain('Model law');
      if (lang !== 'en') expect(bare, kind).not.toBe(notificationTitle('en', kind, params, { withRecordTitle: false }));
    }
  });

  it.each(UN_LANGUAGES)('has words in %s for every status, theme and result kind', (lang) => {
    const w = notificationWords(lang);
    const en = notificationWords('en');
    const check = (vocabulary: Record<string, string>, english: Record<string, string>, ids: readonly string[]) => {
      for (const id of ids) {
        expect(vocabulary[id], id).toBeTruthy();
        if (lang !== 'en' && id !== 'cbrn') expect(vocabulary[id], id).not.toBe(english[id]);
      }
    };
    check(w.requestStatus, en.requestStatus, REQUEST_STATUSES);
    check(w.activityStatus, en.activityStatus, ACTIVITY_STATUSES);
    check(w.theme, en.theme, THEMES);
    check(w.resultKind, en.resultKind, RESULT_KINDS);
    check(w.cooperationStatus, en.cooperationStatus, COOPERATION_REQUEST_STATUSES);
  });

  it('writes English titles with translated vocabulary', () => {
    expect(notificationTitle('en', 'request-transition', params)).toBe('Request REQ-2026-0042: accepted — Model law on terrorist financing');
    expect(notificationTitle('en', 'overlap-found', { ...params, title: null })).toBe(
      'Possible overlap of activities in AFG, PAK (2026-04-01 – 2026-04-03) (victims of terrorism, nuclear, chemical, biological and radiological terrorism)',
    );
    expect(notificationTitle('en', 'overlap-resolved', { resolution: 'not-a-duplicate', from: '2026-04-01', to: '2026-04-02' })).toBe(
      'Overlap resolved: not a duplicate (2026-04-01 – 2026-04-02)',
    );
    // A request's `from` is its previous status, never taken for a date.
    expect(notificationTitle('en', 'request-transition', { reference: 'REQ-1', status: 'accepted', from: 'under-review' })).toBe(
      'Request REQ-1: accepted',
    );
    expect(notificationTitle('fr', 'result-recorded', { resultKind: 'ratification-deposited' })).toBe(
      'Résultat enregistré : ratification déposée',
    );
    expect(notificationTitle('ar', 'request-submitted', { reference: 'REQ-1' })).toBe('تم تقديم الطلب REQ-1');
  });

  it('names a request for MLA or extradition by its reference and its States, with its status in the reader’s words', () => {
    const p = { reference: 'PNAT-2026-17', stateCodes: 'FRA,NOR', status: 'further-information-requested', from: 'received' };
    expect(notificationTitle('en', 'cooperation-request-transition', p)).toBe(
      'Cooperation request PNAT-2026-17 (FRA → NOR): further information requested',
    );
    expect(notificationTitle('fr', 'cooperation-request-reminder', p)).toBe(
      'Rappel : la demande de coopération PNAT-2026-17 (FRA → NOR) est toujours au statut « complément d’information demandé »',
    );
    // Without a reference (none was written), the States alone.
    expect(notificationTitle('es', 'cooperation-request-message', { stateCodes: 'FRA,NOR', reference: null })).toBe(
      'Nuevo mensaje en la solicitud de cooperación FRA → NOR',
    );
    expect(notificationPath('ar', 'cooperation-request', 'abc')).toBe('/ar/cooperation/requests/abc');
  });

  it('labels the subscriptions to an authority’s requests', () => {
    expect(subscriptionLabel('en', { kind: 'cooperation-requests-received', value: 'NOR' }, { en: 'Norway' })).toBe('cooperation requests received by Norway');
    expect(subscriptionLabel('fr', { kind: 'cooperation-requests-sent', value: 'x' }, { en: 'PNAT' })).toBe('demandes de coopération envoyées par PNAT');
  });

  it('links each record type to its web page, in the language', () => {
    expect(notificationPath('ar', 'request', 'abc')).toBe('/ar/requests/abc');
    expect(notificationPath('zh-CN', 'activity', 'abc')).toBe('/zh/activities/abc');
    expect(notificationPath('de', 'overlap', 'abc')).toBe('/en/coordination/overlaps');
    expect(notificationLanguage('es-419')).toBe('es');
  });

  it('labels subscriptions in the reader’s language', () => {
    expect(subscriptionLabel('ru', { kind: 'theme', value: 'victims' }, null)).toBe('жертвы терроризма');
    expect(subscriptionLabel('fr', { kind: 'state', value: 'AFG' }, { en: 'Afghanistan', fr: 'Afghanistan (l’)' })).toBe('Afghanistan (l’)');
    expect(subscriptionLabel('zh', { kind: 'entity', value: 'x' }, { en: 'UNODC' })).toBe('UNODC');
  });
});

describe('storedParams', () => {
  it('keeps only the allowed params, on one line and short', () => {
    const kept = storedParams(
      { reference: 'REQ-1', title: `Line one\nline two${'x'.repeat(400)}`, body: 'the message text', comment: 'why', status: 'declined' },
      'request',
    );
    expect(Object.keys(kept).sort()).toEqual(['reference', 'status', 'title']);
    expect(kept.title).toMatch(/^Line one line twox+…$/);
    expect(String(kept.title).length).toBe(300);
  });

  it('drops an overlap’s title', () => {
    expect(storedParams({ title: 'Their workshop', stateCodes: 'AFG' }, 'overlap')).toEqual({ stateCodes: 'AFG' });
  });
});

describe('the notification mail', () => {
  const link = 'https://accord.example.org/ar/requests/0b6c3d1e-9f3a-4b8e-8f55-0d2b2b8c9a10';

  it.each(UN_LANGUAGES)('is written in %s with the link, the record’s title in the body and not in the subject', (lang) => {
    const mail = renderMail('notification', lang, { link, kind: 'request-transition', params, reason: 'party', displayName: 'Amina' });
    expect(mail.subject).toBe(notificationTitle(lang, 'request-transition', params, { withRecordTitle: false }));
    expect(mail.subject).not.toContain('Model law');
    expect(mail.text).toContain('Model law on terrorist financing');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain(notificationWords(lang).mail.reasonParty);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain(`lang="${lang}"`);
    expect(mail.html).toContain(`dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
  });

  it('escapes the title in HTML', () => {
    const mail = renderMail('notification', 'en', {
      link,
      kind: 'request-submitted',
      params: { reference: 'REQ-1', title: '<script>alert(1)</script>' },
      reason: 'subscription',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;');
    expect(mail.text).toContain('You receive this because you follow');
  });
});
