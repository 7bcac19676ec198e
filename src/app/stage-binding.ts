/**
 * Binds the Phaser stage to the store: it loads after the menu has painted and starts at a quiet
 * moment after that (the Phaser chunk is the largest file of the game, its start the longest task,
 * and nothing on the menu needs it), draws the stage model derived
 * from the state, and gets its few words from i18n. The canvas is decoration over a complete DOM
 * game: if it fails, play goes on.
 */
import { articleName } from '../core/content/content-index';
import { reducedMotion } from '../core/game';
import { contentIndex } from '../services/content';
import { t } from '../services/i18n';
import type { GameStore } from './effects';
import { afterPaint } from './paint';

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A moment the player is not waiting on: a while after the menu has painted, once the browser is
 * idle (or a few seconds later at the latest). Starting Phaser (the game, its renderer, the first
 * frame: a quarter of a second of main thread at CPU ×4 with the canvas renderer, more than a second
 * with software WebGL) would otherwise hold back the first clicks on an old machine, for decoration
 * the DOM game does not need.
 */
function quietMoment(delayMs = 2000, latestMs = 3000): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: latestMs });
      else resolve();
    }, delayMs),
  );
}

/**
 * Loads the stage's code once the menu has painted (the promise resolves then: the service worker
 * registers after it and finds those files in the HTTP cache), and starts the stage at a quiet
 * moment after that.
 */
export async function startStage(store: GameStore, parent: HTMLElement): Promise<void> {
  try {
    await afterPaint();
    // The stage's model (the board's layout with it) comes with the stage: nothing of it is the menu's.
    const [{ startStage: start, probeWebGLRenderer, rendererFor }, { stageModel }] = await Promise.all([
      import('../scenes/stage'),
      import('../core/stage-model'),
    ]);
    void quietMoment().then(async () => {
      try {
        // Asking for a WebGL context is a task of its own, apart from the game's start.
        const renderer = rendererFor(probeWebGLRenderer());
        await nextTask();
        start(
          parent,
          {
            model: () => stageModel(store.state, reducedMotion(store.state), store.state.content ?? undefined),
            subscribe: (listener) => store.subscribe(listener),
            label: (key, language) => t(key, { lng: language }),
            articleName: (id, language) => articleName(contentIndex.articles, id, language),
            select: (excerptId) => {
              const excerpt = store.state.content?.excerpts.find((candidate) => candidate.id === excerptId);
              if (excerpt && store.state.screen === 'board' && !store.state.viewer)
                store.dispatch({ type: 'open-viewer', articleId: excerpt.article, focusExcerptId: excerpt.id });
            },
          },
          renderer,
        );
      } catch (error) {
        console.warn('The animated stage could not start:', error);
      }
    });
  } catch (error) {
    console.warn('The animated stage could not load:', error);
  }
}
