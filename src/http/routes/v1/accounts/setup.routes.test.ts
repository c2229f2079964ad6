// API tests: the first administrator from the browser, with the setup link `accord serve` prints while there is
// none. From a fresh database to a signed-in administrator's session, without a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupLink, SETUP_LINK_TTL_MS } from '#app/accounts/setup-first-administrator.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer([]);
});
afterAll(() => t.close());

const CSRF = 'setup-test-csrf-0123456789abcdef';
let address = 0;
function post(url: string, payload: object) {
  address++;
  return t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { cookie: `accord_csrf=${CSRF}`, 'x-csrf-token': CSRF },
    remoteAddress: `10.8.0.${address}`,
    payload,
  });
}
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const usable = async (token: string) =>
  (await t.app.inject({ url: `/api/v1/setup?token=${token}`, remoteAddress: '10.8.1.1' })).json().data.usable as boolean;

describe('the setup link', () => {
  it('expires, and a newer link replaces an older one', async () => {
    const older = await issueSetupLink(t.database.db, TEST_NOW, { baseUrl: 'http://127.0.0.1:3000' });
    expect(older!.link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup\?token=[\w-]{40,}$/);
    expect(older!.expiresAt.getTime()).toBe(TEST_NOW.getTime() + SETUP_LINK_TTL_MS);
    expect(await usable(tokenOf(older!.link))).toBe(true);
    const newer = await issueSetupLink(t.database.db, TEST_NOW, { baseUrl: 'http://127.0.0.1:3000' });
    expect(await usable(tokenOf(older!.link))).toBe(false);
    expect(await usable(tokenOf(newer!.link))).toBe(true);
    // Only its hash is stored.
    const stored = await t.database.db.execute(`select token_hash from one_time_tokens where purpose = 'setup'`);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(newer!.link));
  });

  it('invites the first administrator once; accepting it starts their session, with no restart', async () => {
    const { link } = (await issueSetupLink(t.database.db, TEST_NOW, { baseUrl: 'http://127.0.0.1:3000' }))!;
    const token = tokenOf(link);
    // A bad address is refused without using the link up.
    const bad = await post('/setup', { token, email: 'nobody', displayName: 'Ada' });
    expect(bad.statusCode).toBe(400);
    expect(await usable(token)).toBe(true);

    const res = await post('/setup', { token, email: 'ada.first@example.org', displayName: 'Ada First', language: 'ar' });
    expect(res.statusCode).toBe(201);
    const { invitationToken } = res.json().data;
    expect(await usable(token)).toBe(false);
    const again = await post('/setup', { token, email: 'eve@example.org', displayName: 'Eve' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.issues).toMatchObject([{ path: ['body', 'token'], code: 'token_invalid' }]);

    const invitation = await t.app.inject({ url: `/api/v1/invitations/by-token/${invitationToken}`, remoteAddress: '10.8.1.2' });
    expect(invitation.json().data).toMatchObject({ email: 'ada.first@example.org', platformAdmin: true });
    const accepted = await post(`/invitations/by-token/${invitationToken}/accept`, {
      displayName: 'Ada First',
      password: 'a long passphrase for the first administrator',
      language: 'ar',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().data.user).toMatchObject({ platformAdmin: true, languages: ['ar'] });
    expect(accepted.json().data.stage).toBe('enrol-second-factor');

    // With an administrator, no new link is issued.
    expect(await issueSetupLink(t.database.db, TEST_NOW, { baseUrl: 'http://127.0.0.1:3000' })).toBeNull();
  });
});
