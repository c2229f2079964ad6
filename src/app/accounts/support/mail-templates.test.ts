// The mails in six languages: every language renders both kinds, values are escaped, Arabic is right-to-left.
import { describe, expect, it } from 'vitest';
import { MAIL_LANGUAGES, mailLanguage, renderMail } from './mail-templates.ts';

const expiresAt = new Date('2026-03-08T12:00:00Z');
const link = 'https://accord.example.org/invitations/abc_DEF-123';

describe('renderMail', () => {
  it.each(MAIL_LANGUAGES)('renders an invitation and a password reset in %s, each with the link', (lang) => {
    const invitation = renderMail('invitation', lang, {
      link,
      expiresAt,
      organisationName: 'Ministry of Justice',
      role: 'focal-point',
      platformAdmin: false,
      inviterName: 'Amina',
    });
    const reset = renderMail('password-reset', lang, { link, expiresAt, displayName: 'Li' });
    for (const mail of [invitation, reset]) {
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.html).toContain(`lang="${lang}"`);
      expect(mail.html).toContain(`dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
    }
    expect(invitation.text).toContain('Ministry of Justice');
    expect(invitation.text).toContain('Amina');
    expect(reset.text).toContain('Li');
    // Each language has its own words (no English left in the others).
    if (lang !== 'en') expect(invitation.subject).not.toBe('Invitation to Accord');
  });

  it('writes English with the date, the role and the inviter', () => {
    const mail = renderMail('invitation', 'en', {
      link,
      expiresAt,
      organisationName: 'UNODC',
      role: 'entity-officer',
      platformAdmin: true,
      inviterName: 'Amina Diallo',
      displayName: 'Jean',
    });
    expect(mail.subject).toBe('Invitation to Accord');
    expect(mail.text).toBe(
      [
        'Hello Jean,',
        'You are invited to join UNODC on Accord as entity officer. You will also be a platform administrator. ' +
          'The invitation comes from Amina Diallo.',
        'To accept, open this link and set up your account:',
        link,
        'The link can be used once and expires on 8 March 2026 at 12:00 (UTC).',
        'If you did not expect this invitation, you can ignore this message.',
      ].join('\n\n') + '\n',
    );
  });

  it('invites an administrator without an organisation', () => {
    const mail = renderMail('invitation', 'fr', { link, expiresAt, organisationName: null, role: null, platformAdmin: true });
    expect(mail.text).toContain('administrateur ou administratrice de la plateforme');
  });

  it('escapes names in HTML and keeps them on one line', () => {
    const mail = renderMail('invitation', 'en', {
      link: 'https://x.example/invitations/a"b<c',
      expiresAt,
      organisationName: '<script>alert(1)</script> & Co',
      role: 'coordinator',
      platformAdmin: false,
      inviterName: 'Eve\r\nBcc: victim@example.org',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co');
    expect(mail.html).toContain('href="https://x.example/invitations/a&#34;b&#60;c"');
    expect(mail.text).toContain('Eve Bcc: victim@example.org');
    expect(mail.text).not.toMatch(/Eve\r?\n/);
  });

  it('falls back to English for other languages and reads regional tags', () => {
    expect(mailLanguage('de')).toBe('en');
    expect(mailLanguage(undefined)).toBe('en');
    expect(mailLanguage('fr-CA')).toBe('fr');
    expect(mailLanguage('zh_Hans')).toBe('zh');
    expect(renderMail('password-reset', 'xx', { link, expiresAt }).subject).toBe('Reset your Accord password');
  });
});
