/**
 * How the stage moves, chosen once per motion preference: the scene draws every object at its
 * resting place and hands it to the animator, which either brings it there (tweens) or leaves it
 * there (the still animator, for reduced motion). Drawing code never asks whether motion is on.
 */
import type Phaser from 'phaser';

type Target = Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.AlphaSingle & Phaser.GameObjects.GameObject;

export interface Animator {
  /** Drops an object onto its place (a stamp set down, a clipping pinned), after `delay` ms. */
  drop(target: Target, delay?: number): void;
  /** A stamp coming down hard on paper, then a small bounce. */
  stamp(target: Target): void;
  /** Grows a bar from its base line, after `delay` ms. */
  grow(target: Target, baseY: number, delay?: number): void;
  /** Moves an object from a point to where it stands (a clipping filed in the tray). */
  slideFrom(target: Target, x: number, y: number, delay?: number): void;
  /** A small hop, twice (streak sparks). */
  hop(target: Target): void;
  /** Pieces of paper falling across the stage (a new best). */
  confetti(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, colours: readonly number[]): void;
  /** A moment's banner: in, a while, out; `onEnd` runs when it is gone (or skipped). */
  moment(target: Target, onEnd: () => void): void;
}

export function motionAnimator(scene: Phaser.Scene): Animator {
  const tweens = scene.tweens;
  return {
    drop(target, delay = 0) {
      const scale = target.scaleX;
      target.setScale(scale * 1.8).setAlpha(0);
      tweens.add({ targets: target, scale, alpha: 1, duration: 260, delay, ease: 'Back.easeOut' });
    },
    stamp(target) {
      const scale = target.scaleX;
      target.setScale(scale * 2.2).setAlpha(0);
      tweens.add({ targets: target, scale, alpha: 1, duration: 220, ease: 'Cubic.easeIn' });
      tweens.add({ targets: target, scale: scale * 1.06, duration: 90, delay: 220, yoyo: true });
    },
    grow(target, baseY, delay = 0) {
      target.setScale(1, 0).setY(baseY);
      tweens.add({ targets: target, scaleY: 1, y: 0, duration: 500, delay, ease: 'Cubic.easeOut' });
    },
    slideFrom(target, x, y, delay = 0) {
      const to = { x: target.x, y: target.y };
      target.setPosition(x, y);
      tweens.add({ targets: target, x: to.x, y: to.y, duration: 380, delay, ease: 'Cubic.easeInOut' });
    },
    hop(target) {
      tweens.add({ targets: target, y: target.y - 3, duration: 160, yoyo: true, repeat: 1 });
    },
    confetti(s, layer, colours) {
      const { width, height } = s.scale;
      for (let i = 0; i < 40; i++) {
        const piece = s.add.rectangle(Math.random() * width, -10, 6, 10, colours[i % colours.length] ?? 0);
        layer.add(piece);
        tweens.add({
          targets: piece,
          y: height + 20,
          angle: 360 * (Math.random() > 0.5 ? 1 : -1),
          x: piece.x + (Math.random() - 0.5) * 80,
          // All down within 1.65 s: the stage sleeps soon after the results arrive, also at CPU ×4,
          // where a fall of up to 2.6 s kept the loop (a core of software WebGL) awake into the idle screen.
          duration: 900 + Math.random() * 500,
          delay: Math.random() * 250,
          onComplete: () => piece.destroy(),
        });
      }
    },
    moment(target, onEnd) {
      const scale = target.scaleX;
      target.setScale(scale * 0.6).setAlpha(0);
      tweens.chain({
        targets: target,
        tweens: [
          { scale, alpha: 1, duration: 280, ease: 'Back.easeOut' },
          { alpha: 0, duration: 400, delay: 1800 },
        ],
        onComplete: onEnd,
      });
    },
  };
}

/** Reduced motion: everything is drawn where it rests; a moment shows a while and goes without moving. */
export function stillAnimator(): Animator {
  return {
    drop() {},
    stamp() {},
    grow() {},
    slideFrom() {},
    hop() {},
    confetti() {},
    moment(_target, onEnd) {
      // Shown still, then gone: a page timer, so the game loop sleeps meanwhile (Phaser's clock would keep it awake).
      setTimeout(onEnd, 2600);
    },
  };
}
