// End-to-end tests: the real production build served by `npm start`'s own script, on a
// fresh embedded PostgreSQL seeded with the corpus, driven in headless Chromium from npm.
import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { defineConfig, devices } from '@playwright/test';
import { e2eDataDir, e2ePgPort } from './tests/e2e/support/ports';

const port = Number(process.env.E2E_PORT ?? 3107);
// Several runs at once (E2E_PORT, E2E_PG_PORT, E2E_DATA_DIR) must not share a data folder.
// The browser: CHROMIUM_PATH when set, otherwise the headless Chromium that ships inside the
// @sparticuz/chromium npm package (unpacked on first use), so `npm test` needs nothing but Node
// and npm. Its serverless flags are kept except those that would weaken what the tests check
// (web security, site isolation), that Playwright sets itself (headless mode), and
// --single-process, under which the browser dies when the second context opens.
const configuredChromium = process.env.CHROMIUM_PATH;
if (configuredChromium && !existsSync(configuredChromium)) {
  throw new Error(`CHROMIUM_PATH is set to ${configuredChromium}, which does not exist.`);
}
const chromium = configuredChromium ?? (await sparticuz.executablePath());
const weakening = /^--(headless|single-process|disable-web-security|disable-site-isolation-trials|allow-running-insecure-content|disable-features=.*IsolateOrigins)/;
const browserArgs = [
  ...(configuredChromium ? ['--no-sandbox', '--disable-gpu'] : sparticuz.args.filter((arg) => !weakening.test(arg))),
  // this machine has no network: no background connections, no component downloads
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: browserArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // A throw-away data folder: every run starts from an empty database and seeds it.
    command: `rm -rf ${e2eDataDir} && npx tsx scripts/start.ts`,
    env: {
      PORT: String(port),
      CLAIMGRID_DATA_DIR: e2eDataDir,
      CLAIMGRID_PG_PORT: String(e2ePgPort),
      DATABASE_URL: '',
      // every spec signs in from 127.0.0.1; the limit itself is tested in tests/integration/auth.test.ts
      CLAIMGRID_SIGNIN_MAX: '1000',
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    },
    url: `http://127.0.0.1:${port}/api/v1/outlets`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
