import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (no browser download: the machines have none to
 * fetch). They run against the production build served by `vite preview`.
 */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT || 4173);
// Not 5173: a developer may have `npm start` running while testing.
const devPort = port + 1;

// The dev server starts only when the dev project can run: with no --project (as `npm test`), or
// with --project dev. `--project=build` (a helper's spec runs, `npm run test:monkey`) skips it.
const projectArgs = process.argv.flatMap((arg, i, all) =>
  arg === '--project' ? [all[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
);
const devRuns = projectArgs.length === 0 || projectArgs.includes('dev');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Tests, not files, are handed to the workers: a long file (progress, reliability) no longer
  // keeps one worker busy while the other has finished. Every test has its own browser context.
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ['./tests/e2e/page-snapshot-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    // The offline cache is off unless a spec turns it on: on a first visit it fetches and stores the
    // whole build (71 files) beside the test, which made every other test 15-50 % slower. The specs
    // about the machine and the network run with it, as a school's browser does: platform.spec
    // (offline, sub-folder, no request beyond the game's files), reliability's deploy case (the
    // update offered, any address offline) and the monkey.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  projects: [
    { name: 'build', testIgnore: /dev-smoke\.spec\.ts/ },
    // The same game through the dev server, as `npm start` serves it.
    { name: 'dev', testMatch: /dev-smoke\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${devPort}/` } },
  ],
  // vite's own binary (not npx), so each server is a child Playwright can stop.
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(devRuns
      ? [
          {
            command: `node node_modules/vite/bin/vite.js --host 127.0.0.1 --port ${devPort} --strictPort`,
            url: `http://127.0.0.1:${devPort}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
