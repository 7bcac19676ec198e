/**
 * Binds the Phaser stage to the store: it starts the first time the game shows a screen the stage
 * animates (a solo round, its results, the board: core/stage-slot.ts), after that screen's first
 * frame. The menu and the other screens have the page's stamps instead, so a visit that never plays
 * (a teacher preparing a lesson, a class round on the projector) never runs Phaser, the largest file
 * of the game and its longest start. The stage draws the stage model derived from the state and gets
 * its few words from i18n. The canvas is decoration over a complete DOM game: if it fails, play goes on.
 */
import { articleName } from '../core/content/content-index';
import { reducedMotion } from '../core/game';
import { stageSlot } from '../core/stage-slot';
import { contentIndex } from '../services/content';
import { t } from '../services/i18n';
import type { GameStore } from './effects';
import { afterPaint, nextTask } from './paint';

/** Starts the stage the first time the state shows a screen it animates (at once, if the game opens on one). */
export function bindStage(store: GameStore, parent: HTMLElement): void {
  let started = false;
  const startWhenShown = () => {
    if (started || stageSlot(store.state) !== 'stage') return;
    started = true;
    stopWatching();
    void startStage(store, parent);
  };
  const stopWatching = store.subscribe(startWhenShown);
  startWhenShown();
}

/**
 * After the frame that shows the screen: the stage's code, then the WebGL probe that chooses the
 * renderer, then Phaser's start, each in a task of its own (together, one long task on an old machine).
 */
async function startStage(store: GameStore, parent: HTMLElement): Promise<void> {
  try {
    await afterPaint();
    // The stage's model (the board's layout with it) comes with the stage: nothing of it is the menu's.
    const [{ startStage: start, probeWebGLRenderer, rendererFor }, { stageModel }] = await Promise.all([
      import('../scenes/stage'),
      import('../core/stage-model'),
    ]);
    await nextTask();
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
}
