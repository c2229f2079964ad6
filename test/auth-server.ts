// The test server of the sign-in and own-account API tests: real PGlite and argon2, a clock the tests move, and a
// browser-like client. Registers its own lifecycle hooks; read its fields inside tests (they are set in beforeAll).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { hashPassword } from '#app/accounts/support/passwords.ts';
import { authClient } from './auth-client.ts';
import { buildTestServer, TEST_NOW } from './http.ts';

export function useAuthTestServer(password: string) {
  const env = {
    clock: new Date(TEST_NOW),
    t: undefined as unknown as Awaited<ReturnType<typeof buildTestServer>>,
    api: undefined as unknown as ReturnType<typeof authClient>,
    /** The hash of `password`, for people built directly in the database. */
    passwordHash: '',
    advance(ms: number) {
      env.clock = new Date(env.clock.getTime() + ms);
    },
  };
  beforeAll(async () => {
    env.t = await buildTestServer([], () => env.clock);
    env.passwordHash = await hashPassword(password);
    env.api = authClient(env.t.app);
  });
  afterAll(() => env.t.close());
  // Each test starts outside the previous one's throttle windows.
  beforeEach(() => env.advance(3600_000));
  return env;
}
