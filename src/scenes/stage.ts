/**
 * The Phaser stage: an animated banner above the DOM game (progress track, verdict
 * stamps, streak sparks, results bars). Purely visual and aria-hidden: everything it
 * shows is also in the DOM, so the game works if it never loads. It knows nothing of the
 * store or i18n: the app binds it to both (src/app/stage-binding.ts).
 */
import Phaser from 'phaser';
import type { StageRenderer } from './renderer-choice';
import { type StageBinding, StageScene } from './StageScene';

export { probeWebGLRenderer, rendererFor } from './renderer-choice';

export function startStage(parent: HTMLElement, binding: StageBinding, renderer: StageRenderer): Phaser.Game {
  parent.setAttribute('aria-hidden', 'true');
  const game = new Phaser.Game({
    // WebGL on a graphics chip, else Phaser's canvas renderer (no WebGL, or WebGL drawn in software:
    // src/scenes/renderer-choice.ts). Both draw the same scene (tests/e2e/board.spec.ts plays with
    // each). If Phaser cannot start at all, the DOM game goes on alone (src/app/stage-binding.ts).
    type: renderer === 'webgl' ? Phaser.AUTO : Phaser.CANVAS,
    parent,
    transparent: true,
    // Phaser's own audio is off: howler plays the sounds, behind its adapter.
    audio: { noAudio: true },
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 360, height: parent.clientHeight || 120 },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // The scene's plugins beyond its core ones: the tweens only (no loader, input, clock, data or
    // lights: the build of Phaser leaves them out, src/scenes/phaser-build.ts).
    plugins: { default: ['TweenManager'] },
    render: { antialias: true },
    scene: [new StageScene(binding)],
  });
  // Which renderer AUTO picked, on the stage's element: for whoever debugs an old machine, and the WebGL-off test.
  game.events.once(Phaser.Core.Events.READY, () => {
    parent.dataset.renderer = game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas';
  });
  if (import.meta.hot) import.meta.hot.dispose(() => game.destroy(true));
  return game;
}
