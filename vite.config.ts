import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** build-files.json: every file the build emits (the service worker's come after, and stay out), for a SCORM package made in the browser. */
function buildFileList(): Plugin {
  return {
    name: 'build-file-list',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'build-files.json', source: `${JSON.stringify(Object.keys(bundle).sort())}\n` });
    },
  };
}

// `--mode scorm` (npm run build:scorm): the game for an LMS, built to dist-scorm/ without a service
// worker (the LMS serves the package; a worker of ours must not cache pages on the LMS's site).
export default defineConfig(({ mode }) => ({
  // Relative base: the built game works from any sub-path on any static file server.
  base: './',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  plugins: [
    mode === 'scorm' ? null : buildFileList(),
    mode === 'scorm'
      ? null
      : // A service worker caches the whole game on first visit, so it keeps working offline
        // (many school machines are). No web manifest: nothing to install, only to cache.
        VitePWA({
          registerType: 'autoUpdate',
          injectRegister: 'script',
          manifest: false,
          workbox: {
            globPatterns: ['**/*.{js,css,html,wav,woff,woff2}'],
            maximumFileSizeToCacheInBytes: 3 * 1024 * 1024, // the Phaser chunk is ~1.3 MB
            navigateFallback: null,
            // Any address of the game opens offline: a query string (?lang=en, a school portal's tracking)
            // is ignored when the cache is looked up, and a fragment never reaches it.
            ignoreURLParametersMatching: [/.*/],
            cleanupOutdatedCaches: true,
            // No skipWaiting/clientsClaim: a page already open keeps the version it started with,
            // so its lazy chunks (stage, CSV) are still in the cache after a new deploy. Each start
            // checks for a new version and offers it (app/updates.ts), and the worker takes over when
            // the player agrees (its SKIP_WAITING message).
          },
        }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: mode === 'scorm' ? 'dist-scorm' : 'dist',
    target: 'es2020',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: its own chunk, loaded after the menu is usable.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
}));
