/**
 * The only module that imports fflate (a zip writer of about 8 kB, loaded only when a package is
 * made). Files are deflated, except those already compressed (fonts, pictures, sounds).
 */
import { type Zippable, zipSync } from 'fflate';

const STORED = /\.(woff2?|png|jpe?g|gif|webp|mp3|ogg|zip)$/i;

/** A zip of these files (path → bytes), paths as given ("/" separators). */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  for (const [path, bytes] of files) tree[path] = [bytes, { level: STORED.test(path) ? 0 : 9 }];
  return zipSync(tree, { mtime: new Date('2026-01-01T00:00:00Z') });
}
