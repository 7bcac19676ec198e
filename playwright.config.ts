import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (no browser download: the machines have none to
 * fetch). They run against the production build served by `vite preview`.
 */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT || 4173);
// Not 5173: a developer may have `npm start` running while testing.
const devPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
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
    {
      command: `node node_modules/vite/bin/vite.js --host 127.0.0.1 --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
