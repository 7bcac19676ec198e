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

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => {
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

/** Loads every lazy screen (after the menu has painted), ignoring failures: each screen reports its own when shown. */
export function preloadScreens(): void {
  for (const screen of all) screen.preload().catch(() => undefined);
}
