// The two reference pages of `npm run bench`, built the way the game is (same Vite, same target):
// a bare Phaser page (one canvas text, one DOM button) and a bare Preact page (one button).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2020',
    outDir: resolve(import.meta.dirname, '../dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: { phaser: resolve(import.meta.dirname, 'phaser/index.html'), preact: resolve(import.meta.dirname, 'preact/index.html') },
    },
  },
});
