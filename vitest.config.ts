import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Phaser never enters a unit test: the core is pure, and scenes are covered by browser tests.
  },
});
