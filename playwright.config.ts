// Browser tests on the built app, in Debian's Chromium (Playwright never downloads a browser here).
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs (say, CI and a developer's) share one machine.
const PORT = Number(process.env.E2E_PORT ?? 3107);
/** The specs of signed-in flows (sign-in, administration, documents, assistance). */
const SIGNED_IN_SPECS = [
  '**/accounts.spec.ts',
  '**/assistance.spec.ts',
  '**/authorities.spec.ts',
  '**/cooperation-requests.spec.ts',
  '**/cooperation-request-tracking.spec.ts',
  '**/search.spec.ts',
  '**/legislation.spec.ts',
  '**/library.spec.ts',
  '**/law-to-search.spec.ts',
  '**/funding.spec.ts',
  '**/mandates.spec.ts',
  '**/report.spec.ts',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  // Two projects, so CI may run them as two jobs (`--project public`, `--project signed-in`) or one run does both.
  // Public screens: all six languages. Signed-in flows: English and Arabic (e2e/support.ts: LANGS, FLOW_LANGS).
  projects: [
    { name: 'public', testIgnore: SIGNED_IN_SPECS },
    { name: 'signed-in', testMatch: SIGNED_IN_SPECS },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh embedded database each run. The first administrator is created the way a newcomer does it (the CLI,
    // before the server holds the database); e2e/accounts.spec.ts opens the printed link. The first start then seeds
    // the real shipped data (the database counts as empty until participants exist).
    command: [
      'rm -rf test-results/e2e-db test-results/e2e-db.lock test-results/e2e-db.secret-key test-results/e2e-admin-link.txt test-results/e2e-people.json',
      'mkdir -p test-results',
      `DATA_DIR=test-results/e2e-db npx tsx src/cli/index.ts admin create --email ada.admin@e2e.example --name 'Ada Admin' > test-results/e2e-admin-link.txt`,
      // The officer, coordinator and focal point of e2e/assistance.spec.ts (see e2e/seed-people.ts).
      'DATA_DIR=test-results/e2e-db npx tsx e2e/seed-people.ts',
      `DATA_DIR=test-results/e2e-db PORT=${PORT} LOG_LEVEL=warn npx tsx src/cli/index.ts serve`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    // The first start loads every shipped status list: minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
  },
});
