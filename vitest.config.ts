import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Threads sharing one module cache per worker: the test files stub no module and no global, and
    // re-importing the core and the content for each of them was two thirds of the suite's CPU time
    // (77 s of CPU with forks and isolation, 19 s like this, on the 2-core machine).
    pool: 'threads',
    isolate: false,
    // Phaser never enters a unit test: the core is pure, and scenes are covered by browser tests.
  },
});
