/**
 * A lesson as a SCORM 1.2 package, made in the browser from the game's own files (loaded only
 * when a teacher asks for one). The build lists its files in build-files.json (see vite.config.ts);
 * each is fetched from where the game is served, index.html loses the service worker's
 * registration, and lms.json and imsmanifest.xml are added at the root. No other request.
 */
import type { GameEffect } from '../core/game';
import { BUILD_FILES, LMS_CONFIG_FILE, SCORM_LAUNCH_FILE, scormManifest, withoutServiceWorker } from '../core/lms';
import { zipFiles } from '../services/zip';

type Order = Extract<GameEffect, { type: 'make-scorm-package' }>;

export async function makeScormPackage(order: Order, base: string = document.baseURI): Promise<Uint8Array<ArrayBuffer>> {
  const list = await fetch(new URL(BUILD_FILES, base), { cache: 'no-store' }).catch(() => null);
  // The development server has no build list: the package is made from the published game.
  if (!list?.ok) throw new Error('unavailable');
  const names = ((await list.json()) as unknown[]).filter((n): n is string => typeof n === 'string' && !n.startsWith('/') && !n.includes('..'));
  if (!names.includes(SCORM_LAUNCH_FILE)) throw new Error('unavailable');
  const files = new Map<string, Uint8Array>();
  for (const name of names) {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`missing ${name}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    files.set(name, name === SCORM_LAUNCH_FILE ? new TextEncoder().encode(withoutServiceWorker(new TextDecoder().decode(bytes))) : bytes);
  }
  files.set(LMS_CONFIG_FILE, new TextEncoder().encode(order.lms));
  const manifest = scormManifest({ identifier: order.identifier, title: order.title, files: [...files.keys()], passPercent: order.passPercent });
  files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
  return zipFiles(files) as Uint8Array<ArrayBuffer>;
}
