/**
 * Prints the `virtual:content-index` module (scripts/lib/content-index.ts) for the build's
 * content-index plugin (vite.config.ts); exits 1 with the problems when the content cannot be read.
 */
import { contentIndexModule } from './lib/content-index';

try {
  process.stdout.write(contentIndexModule());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
