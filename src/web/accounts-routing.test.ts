// The addresses of the accounts, administration and documents screens, where a sign-in may send the reader back to,
// and which field an API issue belongs to.
import { describe, expect, it } from 'vitest';
import { issueField } from './components/forms.tsx';
import { parsePath } from './router.tsx';
import { safeReturnTo } from './session.tsx';

describe('parsePath (accounts screens)', () => {
  it.each([
    ['/en/sign-in', { name: 'signIn' }],
    ['/ar/sign-in/second-factor', { name: 'secondFactor' }],
    ['/zh/sign-in/enrol', { name: 'enrol' }],
    ['/fr/password-reset', { name: 'passwordReset' }],
    ['/ru/password-reset/abc-123', { name: 'passwordResetConfirm', token: 'abc-123' }],
    ['/es/invitations/tok_en', { name: 'invitation', token: 'tok_en' }],
    ['/ar/setup', { name: 'setup' }],
    ['/en/account', { name: 'account' }],
    ['/en/admin', { name: 'admin' }],
    ['/en/admin/organisations', { name: 'adminOrganisations' }],
    ['/en/admin/people', { name: 'adminPeople' }],
    ['/en/admin/people/5a1e', { name: 'adminPerson', id: '5a1e' }],
    ['/en/admin/invitations', { name: 'adminInvitations' }],
    ['/en/admin/audit-log', { name: 'adminAuditLog' }],
    ['/en/documents', { name: 'documents' }],
    ['/en/documents/new', { name: 'documentNew' }],
    ['/en/documents/d0c', { name: 'document', id: 'd0c' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });

  it.each(['/en/sign-in/elsewhere', '/en/account/x', '/en/admin/nothing', '/en/documents/a/b', '/en/invitations'])(
    '%s is not a page',
    (path) => {
      expect(parsePath(path).route).toEqual({ name: 'notFound' });
    },
  );

  it('leaves the treaty screens as they were', () => {
    expect(parsePath('/en/instruments/financing1999').route).toEqual({ name: 'instrument', id: 'financing1999' });
    expect(parsePath('/en/states/FRA').route).toEqual({ name: 'state', code: 'FRA' });
  });
});

describe('safeReturnTo', () => {
  it('keeps a path inside the app', () => {
    expect(safeReturnTo('/account')).toBe('/account');
    expect(safeReturnTo('/documents?q=report&page=2')).toBe('/documents?q=report&page=2');
  });

  it.each(['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/\\evil.example', '/a b', '', null])(
    'refuses %s',
    (raw) => {
      expect(safeReturnTo(raw, '/fallback')).toBe('/fallback');
    },
  );
});

describe('issueField', () => {
  it('names the field of a body, query or params issue', () => {
    expect(issueField({ path: ['body', 'password'], message: '' })).toBe('password');
    expect(issueField({ path: ['body', 'names', 'en'], message: '' })).toBe('names.en');
    expect(issueField({ path: ['query', 'from'], message: '' })).toBe('from');
    expect(issueField({ path: ['file'], message: '' })).toBe('file');
  });
});
