/**
 * Phaser's own source modules (CommonJS), which the stage's build of Phaser takes one by one
 * (src/scenes/phaser-build.ts; vite.config.ts resolves `phaser/src/` past the package's `exports`).
 * Untyped here on purpose: the scenes keep Phaser's published types through `import Phaser from 'phaser'`.
 */
declare module 'phaser/src/*' {
  const module: unknown;
  export default module;
}
