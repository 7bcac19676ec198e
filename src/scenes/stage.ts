/**
 * The Phaser stage: an animated banner above the DOM game (progress track, verdict
 * stamps, streak sparks, results bars). Purely visual and aria-hidden: everything it
 * shows is also in the DOM, so the game works if it never loads.
 */
import Phaser from 'phaser';
import type { GameState } from '../core/game';
import { stageModel } from '../core/stage-model';
import type { GameStore } from '../ui/context';
import { t } from '../services/i18n';
import { StageScene } from './StageScene';

export function startStage(store: GameStore, parent: HTMLElement): Phaser.Game {
  parent.setAttribute('aria-hidden', 'true');
  const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const reduced = (state: GameState) =>
    state.settings.reducedMotion === 'on' || (state.settings.reducedMotion === 'system' && (motionQuery?.matches ?? false));

  const scene = new StageScene({
    model: () => stageModel(store.state, reduced(store.state)),
    // The system's reduced-motion preference can change too, with no store change.
    subscribe: (listener) => {
      const unsubscribe = store.subscribe(listener);
      motionQuery?.addEventListener?.('change', listener);
      return () => {
        unsubscribe();
        motionQuery?.removeEventListener?.('change', listener);
      };
    },
    label: (key, language) => t(key, { lng: language }),
  });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    // Phaser's own audio is off: howler plays the sounds, behind its adapter.
    audio: { noAudio: true },
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 360, height: parent.clientHeight || 120 },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: { antialias: true },
    scene: [scene],
  });
  if (import.meta.hot) import.meta.hot.dispose(() => game.destroy(true));
  return game;
}
