import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The content the game is built from: assets/content, or the folder CONTENT_DIR names (the bench's
 * synthetic ×10 content, scripts/content-multiply.ts). The content scripts read the same variable
 * (scripts/lib/read-content.ts), and services/content.ts globs it as `@content`.
 */
const contentDir = resolve(process.env.CONTENT_DIR ?? 'assets/content');
const inContent = (id: string) => id.startsWith(`${contentDir}${sep}`);

/**
 * Every build checks the content in full (what `npm run content:check` checks) and fails on any
 * problem: the game itself then only checks the shape of what it loads (src/services/content.ts).
 */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    apply: 'build',
    buildStart() {
      try {
        execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], { stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (error) {
        this.error(`content check failed (npm run content:check lists the problems):\n${String((error as { stderr?: unknown }).stderr ?? error)}`);
      }
    },
  };
}

/** A language's texts that the menu waits for (see services/i18n.ts): their own chunk. */
const menuNamespaces: string[] = JSON.parse(readFileSync('locales/menu-namespaces.json', 'utf8'));
const menuTexts = (language: string) => new RegExp(`[\\\\/]locales[\\\\/]${language}[\\\\/](?:${menuNamespaces.join('|')})\\.json$`);

/**
 * The modules the page's entry imports statically, so loads before the menu: the `app` chunk takes
 * only those, and leaves what only lazy screens import to their chunks. Found once the module
 * graph is complete (buildEnd), before the chunks are made.
 */
function menuPath(): { plugin: Plugin; has(id: string): boolean } {
  const ids = new Set<string>();
  const plugin: Plugin = {
    name: 'menu-path',
    apply: 'build',
    buildEnd() {
      ids.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (ids.has(id)) continue;
        ids.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => ids.has(id) };
}

/**
 * `virtual:content-index`: what the menu needs of the content (ids, articles and answers of the
 * excerpts, article labels, investigations), made from assets/content by scripts/content-index.ts
 * (in a process of its own, like the check: the config imports no game code), so it is in the
 * entry while the texts come after the menu (issue #15).
 */
function contentIndex(): Plugin {
  const id = 'virtual:content-index';
  const contentDirs = [join(contentDir, 'articles'), join(contentDir, 'excerpts')];
  return {
    name: 'content-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      // During development an edited content file makes the module again.
      for (const dir of contentDirs) for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(resolve(dir, name));
      this.addWatchFile(join(contentDir, 'topics.json'));
      try {
        return execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-index.ts'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (error) {
        this.error(`the content index could not be made:\n${String((error as { stderr?: unknown }).stderr ?? error)}`);
      }
    },
  };
}

/**
 * The menu drawn at build time (issue #15): the game's own first render for a first visit, in
 * French and English (scripts/menu-shell.ts renders src/app/menu-shell-render.tsx), as two
 * inert scripts of text in index.html, one of which src/shell.ts shows before the game has loaded; the game's entry
 * is then started by src/shell.ts, once the menu is on screen. The menus are made with the build,
 * in a process of its own, and awaited when the page is written.
 */
function menuShell(): Plugin {
  const script = resolve('src/shell.ts');
  let shells: Promise<Record<'fr' | 'en', string>> | null = null;
  return {
    name: 'menu-shell',
    apply: 'build',
    buildStart() {
      // A chunk of its own (the page's module scripts would otherwise be one entry, waiting for the game's code).
      this.emitFile({ type: 'chunk', id: script, name: 'shell' });
      shells = promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/menu-shell.ts'], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      }).then(({ stdout }) => JSON.parse(stdout));
      // Awaited (and its failure said) in transformIndexHtml.
      shells.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === script);
        if (!shells || !chunk) throw new Error('menu-shell: the shell script or the menus were not made');
        let made: Record<'fr' | 'en', string>;
        try {
          made = await shells;
        } catch (error) {
          throw new Error(`the menu drawn at build time could not be made:\n${String((error as { stderr?: unknown }).stderr ?? error)}`);
        }
        // As text (an inert script), not <template>s: the page's parser builds nodes for neither, and
        // src/shell.ts parses the one it shows (a returning player's shell shows neither).
        const templates = (['fr', 'en'] as const)
          .map((language) => {
            // Raw text ends at the first "</script" and is read oddly after a "<!--": neither is in a menu.
            if (/<\/script|<!--/i.test(made[language])) throw new Error(`menu-shell: the ${language} menu cannot be kept as text in the page`);
            return `<script type="text/html" id="menu-shell-${language}">${made[language]}</script>`;
          })
          .join('');
        // The game’s entry becomes a preload that src/shell.ts runs once the menu is on screen.
        const entry = /<script type="module" crossorigin src="(\.\/assets\/index-[\w-]+\.js)"><\/script>/;
        if (!entry.test(html)) throw new Error('menu-shell: the game entry script is not in index.html');
        const tag = `<script type="module" crossorigin src="./${chunk.fileName}"></script>`;
        // Fetched early but not compiled: a modulepreload is compiled on the main thread as it arrives,
        // before the shell has drawn the menu (25–65 ms of a cold load at CPU ×1 on the test machine);
        // the module scripts the shell starts then use these responses (same URL and CORS mode).
        return html
          .replaceAll('<link rel="modulepreload" crossorigin href=', '<link rel="preload" as="script" crossorigin href=')
          .replace(entry, '<link rel="preload" as="script" crossorigin href="$1" data-game-entry>')
          .replace('</title>', `</title>\n    ${tag}`)
          .replace('</body>', `  ${templates}\n  </body>`);
      },
    },
  };
}

/** `content-003` for assets/content/articles/003.json and assets/content/excerpts/003.json. */
function contentChunk(id: string): string | null {
  const article = inContent(id) ? /[\\/](?:articles|excerpts)[\\/]([^\\/]+)\.json$/.exec(id)?.[1] : undefined;
  return article === undefined ? null : `content-${article}`;
}

/** The service worker leaves out (silently) any file larger than this: the build fails instead (see precompress). */
const PRECACHE_LIMIT = 3 * 1024 * 1024;
const PRECACHED = /\.(js|css|html|wav|woff|woff2)$/;

/**
 * Precompressed copies of every text file of dist/ (`.br` and `.gz` beside it, once the service
 * worker is written), for a server that can send them as they are (see the README): the build
 * pays for the best compression once, instead of the server at every request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|css|html|json|svg|wav|webmanifest)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const tooLarge = walk(outDir).filter((file) => PRECACHED.test(file) && statSync(file).size > PRECACHE_LIMIT);
        if (tooLarge.length > 0) this.error(`over the precache limit, so not available offline: ${tooLarge.join(', ')}`);
        // The test run's build (scripts/test-all.sh) skips the copies: its browser tests do not read them.
        if (process.env.NO_PRECOMPRESS) return;
        const files = walk(outDir).filter((file) => compressible.test(file));
        await Promise.all(
          files.map(async (file) => {
            const bytes = readFileSync(file);
            const [br, gz] = await Promise.all([
              promisify(brotliCompress)(bytes, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
              }),
              promisify(gzip)(bytes, { level: 9 }),
            ]);
            writeFileSync(`${file}.br`, br);
            writeFileSync(`${file}.gz`, gz);
          }),
        );
      },
    },
  };
}

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
// worker (the LMS serves the package; a worker of ours must not cache pages on the LMS's site) and
// without precompressed copies (the package is a zip the LMS serves as it likes).
const beforeMenu = menuPath();

export default defineConfig(({ command, mode }) => ({
  // Relative base: the built game works from any sub-path on any static file server.
  base: './',
  // The game's build takes a Phaser made from its source with only what the stage uses
  // (src/scenes/phaser-build.ts; `phaser/src/` is past the package's `exports`), and defines the
  // build flags that source tests as Phaser's own webpack build does: both renderers, no debug
  // (spector), no sound (howler plays), no 3D camera, no Facebook Instant Games. The dev server
  // keeps the published bundle (its dependency pre-bundling expects a package, not CommonJS files).
  resolve: {
    alias: [
      { find: /^@content\//, replacement: `${contentDir}/` },
      ...(command === 'build'
        ? [
            { find: /^phaser$/, replacement: resolve('src/scenes/phaser-build.ts') },
            { find: /^phaser\/src\//, replacement: `${resolve('node_modules/phaser/src')}/` },
          ]
        : []),
    ],
  },
  define:
    command === 'build'
      ? {
          'typeof WEBGL_RENDERER': 'true',
          'typeof CANVAS_RENDERER': 'true',
          'typeof WEBGL_DEBUG': 'false',
          'typeof FEATURE_SOUND': 'false',
          'typeof PLUGIN_CAMERA3D': 'false',
          'typeof PLUGIN_FBINSTANT': 'false',
        }
      : {},
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  plugins: [
    contentCheck(),
    beforeMenu.plugin,
    contentIndex(),
    // Not in an LMS: the package starts inside the LMS's frame, where a first visit is not the point.
    mode === 'scorm' ? null : menuShell(),
    mode === 'scorm' ? null : precompress(),
    mode === 'scorm' ? null : buildFileList(),
    mode === 'scorm'
      ? null
      : // A service worker caches the whole game on first visit, so it keeps working offline
        // (many school machines are). No web manifest: nothing to install, only to cache.
        VitePWA({
          registerType: 'autoUpdate',
          // Registered by the game itself once the menu has painted and the stage has loaded
          // (src/app/service-worker.ts): no script in <head>, and the precache finds the files the
          // page fetched in the HTTP cache instead of downloading them a second time.
          injectRegister: false,
          manifest: false,
          workbox: {
            globPatterns: ['**/*.{js,css,html,wav,woff,woff2}'],
            maximumFileSizeToCacheInBytes: PRECACHE_LIMIT, // the Phaser chunk is ~1.3 MB, an article's texts under 0.1 MB
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
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            // The texts: one chunk per article (its article and its excerpts), fetched after the menu has
            // painted (services/content.ts), each well under the precache limit however the corpus grows.
            { name: (id: string) => contentChunk(id), debugName: 'content-per-article', test: inContent },
            // The interface's texts: two chunks per language. The menu waits only for what it shows in
            // its own language (MENU_NAMESPACES in services/i18n.ts); the rest comes once it has painted.
            { name: 'locale-fr-menu', test: menuTexts('fr') },
            { name: 'locale-en-menu', test: menuTexts('en') },
            { name: 'locale-fr', test: /[\\/]locales[\\/]fr[\\/]/ },
            { name: 'locale-en', test: /[\\/]locales[\\/]en[\\/]/ },
            // The core, the shared views and the libraries the menu starts with: one file beside the
            // entry rather than a handful of small ones split out by the lazy screens that share them.
            // Only what the entry imports statically (what only lazy screens use loads with them). Not
            // the QR codes and the zip (only a few screens make them) nor howler (loaded after the
            // menu has painted): they stay in chunks of their own, loaded when needed.
            {
              name: 'app',
              test: (id: string) =>
                beforeMenu.has(id) &&
                /[\\/]src[\\/](?:core[\\/]|services[\\/](?!(?:qr|zip)\.ts)|ui[\\/]shared[\\/])|[\\/]node_modules[\\/](preact|i18next|localforage|valibot)[\\/]/.test(
                  id,
                ),
            },
            // What only lazy screens share of the same folders: one file too, loaded with the first of them.
            {
              name: 'screens',
              test: (id: string) => !beforeMenu.has(id) && /[\\/]src[\\/](?:core[\\/]|services[\\/](?!(?:qr|zip)\.ts)|ui[\\/]shared[\\/])/.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
}));
