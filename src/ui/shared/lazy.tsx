/**
 * Screens the menu does not need (classroom, lessons, progress, the guide) are loaded when first
 * shown, and in the background once the menu is up (preloadScreens): the menu's code is smaller,
 * and the files are still precached for offline play. A screen whose file cannot be loaded (a
 * new deploy while offline) throws into the ErrorBoundary, which says so and offers a way on.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface LazyScreen<P> {
  (props: P): JSX.Element | null;
  preload(): Promise<unknown>;
}

const all: Array<LazyScreen<never>> = [];

/**
 * The styles of every screen but the menu (screens.css): each lazy screen waits for them, so it is
 * drawn with all of them in, and a file loaded later never restyles the screen on show.
 */
let screenStyles: Promise<unknown> | null = null;
const loadScreenStyles = () => {
  screenStyles ??= import('./screens.css').catch((failure: unknown) => {
    screenStyles = null;
    throw failure;
  });
  return screenStyles;
};

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= Promise.all([load(), loadScreenStyles()]).then(([component]) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  const Lazy = (props: P) => {
    const [failure, setFailure] = useState<unknown>(null);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) preload().then(() => setReady(true), setFailure);
    }, []);
    if (failure) throw failure;
    const Screen = loaded;
    return Screen ? <Screen {...props} /> : null;
  };
  Lazy.preload = preload;
  all.push(Lazy as LazyScreen<never>);
  return Lazy;
}

/** Resolves when the browser is idle (or after a second at the latest; a moment later where it cannot say). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

/**
 * Loads every lazy screen (after the menu has painted), one at a time when the browser is idle:
 * asked for all at once, the files arrived together and were evaluated in one long run of tasks
 * that held back a click on an old machine. Failures are ignored: each screen reports its own
 * when shown. Returns a function that stops the loading.
 */
export function preloadScreens(): () => void {
  let stopped = false;
  void (async () => {
    for (const screen of all) {
      await whenIdle();
      if (stopped) return;
      await screen.preload().catch(() => undefined);
    }
    // For the tests and the bench: every screen's code and styles are in.
    performance.mark('screens-preloaded');
  })();
  return () => {
    stopped = true;
  };
}
