/**
 * Updates of the game after a deploy. The service worker does not take over open pages by
 * itself (a page keeps the version it started with, and its lazy chunks): instead each start
 * asks the server for a newer service worker, and when one is installed and waiting the game
 * says so; the player takes it when it suits (a button), which reloads onto the new version.
 */
import type { GameStore } from './effects';

export function watchForUpdates(store: GameStore): { apply(): void } {
  const container = (globalThis.navigator as Navigator | undefined)?.serviceWorker;
  let registration: ServiceWorkerRegistration | null = null;
  if (container) {
    const check = (reg: ServiceWorkerRegistration) => {
      // A waiting worker while this page has a controller is a new version (the first install has no controller).
      if (reg.waiting && container.controller) store.dispatch({ type: 'update-ready' });
    };
    void container.ready
      .then((reg) => {
        registration = reg;
        check(reg);
        reg.addEventListener('updatefound', () => {
          const installing = reg.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') check(reg);
          });
        });
        return reg.update();
      })
      .catch(() => undefined); // offline, or no service worker: nothing to check
  }
  return {
    apply() {
      const waiting = registration?.waiting;
      if (!container || !waiting) return;
      container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
