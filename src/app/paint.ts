/**
 * Waiting for the browser to paint: work the player does not see (a save, the stage's code, the
 * texts) goes after the frame that shows what they did.
 */

/** Resolves once the frame in progress has been painted (a task queued from requestAnimationFrame runs after the paint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The same, or `latestMs` later at the latest: a hidden tab paints no frame, and what waits here
 * (a save) must still happen there.
 */
export function soonAfterPaint(latestMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, latestMs);
    void afterPaint().then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves in a task of its own: long work split at this point is two shorter tasks, and input can run between them. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
