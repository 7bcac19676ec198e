/**
 * Prints, as JSON ({ fr, en }), the menu drawn at build time (src/app/menu-shell-render.tsx) for the
 * build's menu-shell plugin (vite.config.ts). It renders the game's own App through Vite's module
 * runner (the game's modules use import.meta.glob and the content index), in a process of its own
 * like the content check: the config imports no game code. Exits 1 with the error when it cannot.
 */
import { createServer } from 'vite';
import { contentIndexModule } from './lib/content-index';
import { contentDir, REPO_ROOT } from './lib/read-content';

const INDEX_ID = 'virtual:content-index';

const server = await createServer({
  configFile: false,
  root: REPO_ROOT,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  // As vite.config.ts: services/content.ts globs the content the build is made from.
  resolve: { alias: [{ find: /^@content\//, replacement: `${contentDir()}/` }] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    {
      name: 'content-index',
      resolveId: (source) => (source === INDEX_ID ? `\0${INDEX_ID}` : null),
      load: (id) => (id === `\0${INDEX_ID}` ? contentIndexModule() : null),
    },
  ],
});
try {
  const { renderMenuShell } = (await server.ssrLoadModule('/src/app/menu-shell-render.tsx')) as typeof import('../src/app/menu-shell-render');
  const shells = { fr: await renderMenuShell('fr'), en: await renderMenuShell('en') };
  process.stdout.write(JSON.stringify(shells));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await server.close();
}
