/**
 * The service worker (made by vite-plugin-pwa: it precaches the whole build for offline use) is
 * registered here, once the menu has painted. Its precache then finds every file the page already
 * fetched in the browser's HTTP cache (hashed files under assets/ are safe to cache for a year;
 * others are revalidated), and fetches the others (the stage's code, which starts only with a round
 * or the board) into that cache too, so a first visit downloads each file once, and nothing in
 * <head> waits for it. Off during development.
 */
export function registerServiceWorker(after: Promise<unknown>): void {
  const container = (globalThis.navigator as Navigator | undefined)?.serviceWorker;
  // The SCORM build has no worker: the LMS serves the package, and nothing of ours may cache its pages.
  if (!import.meta.env.PROD || import.meta.env.MODE === 'scorm' || !container) return;
  void after
    .catch(() => undefined)
    .then(() => container.register('./sw.js', { scope: './' }))
    .catch((error: unknown) => console.warn('The offline cache could not start:', error));
}
