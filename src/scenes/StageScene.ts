import Phaser from 'phaser';
import { CATEGORIES } from '../core/categories';
import { stageKey, type StageModel } from '../core/stage-model';
import { CATEGORY_COLOURS, DESK, INK, PAPER, RIGHT, WRONG } from './palette';

/** The only words the stage draws: the short category names. */
export type StageLabelKey = `common:categoryShort.${(typeof CATEGORIES)[number]}`;

export interface StageBinding {
  model(): StageModel;
  subscribe(listener: () => void): () => void;
  /** The text for an i18n key, in the model's language. */
  label(key: StageLabelKey, language: StageModel['language']): string;
}

/** Frames drawn after the last change before the loop sleeps (the last one must reach the screen). */
const SETTLE_FRAMES = 2;

/**
 * One scene, redrawn from the stage model when something it shows changes (see stageKey)
 * or the canvas is resized; only new events (a verdict, a screen) animate.
 *
 * The stage sleeps when nothing moves: the game loop runs while a tween plays and for a
 * frame or two after a redraw, then stops (no frame is drawn on an idle screen, which on an
 * old machine with software WebGL cost a whole core). A change of the model, a resize of the
 * stage or a new tween wakes it.
 */
export class StageScene extends Phaser.Scene {
  private layer!: Phaser.GameObjects.Container;
  /** Frames drawn since the stage last changed or moved. */
  private stillFrames = 0;
  private redrawPending = false;
  private language: StageModel['language'] = 'fr';
  private lastKey = '';
  private lastScreen = '';
  private lastVerdictKey = '';

  constructor(private readonly binding: StageBinding) {
    super({ key: 'stage' });
  }

  create(): void {
    this.layer = this.add.container(0, 0);
    const unsubscribe = this.binding.subscribe(() => this.scheduleRedraw());
    const onResize = () => {
      this.redraw(true);
      this.wake();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    // The scale manager checks the parent's size only while the loop runs (every half second):
    // a change of the stage's box (window, orientation, a screen's own stage height) resizes the
    // game at once, which redraws (onResize) and wakes the loop.
    const parent = this.scale.parent as HTMLElement | null;
    const observer =
      parent && typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            if (this.scale.getParentBounds()) this.scale.refresh();
            this.wake();
          })
        : null;
    if (parent) observer?.observe(parent);
    // The scale manager is the game's and the store outlives the game (hot reload destroys it
    // without a shutdown): let go of both when the scene stops, whichever way.
    const release = () => {
      unsubscribe();
      observer?.disconnect();
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, release);
      this.events.off(Phaser.Scenes.Events.DESTROY, release);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, release);
    this.events.once(Phaser.Scenes.Events.DESTROY, release);
    this.redraw(true);
    performance.mark('stage-ready');
  }

  /** The loop's per-frame hook: once no tween plays and the last frames are drawn, the loop sleeps. */
  override update(): void {
    if (this.tweens.getTweens().length > 0) {
      this.stillFrames = 0;
      return;
    }
    this.stillFrames += 1;
    if (this.stillFrames >= SETTLE_FRAMES) this.game.loop.sleep();
  }

  /** Runs the loop again (a no-op while it runs) until the stage is still. */
  private wake(): void {
    this.stillFrames = 0;
    this.game.loop.wake();
  }

  /**
   * A change of the state is drawn after the page has painted it: the stage is decoration and
   * never delays the DOM (an answer's feedback paints first, the verdict stamp a frame later).
   * Changes within one frame make one redraw.
   */
  private scheduleRedraw(): void {
    if (this.redrawPending) return;
    this.redrawPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.redrawPending = false;
        if (this.sys.isActive() && this.redraw()) this.wake();
      }, 0),
    );
  }

  /** Rebuilds the stage from the model when what it shows changed (or when forced); says whether it did. */
  private redraw(force = false): boolean {
    const model = this.binding.model();
    const key = stageKey(model);
    if (!force && key === this.lastKey) return false;
    const screenChanged = model.screen !== this.lastScreen;
    const verdictKey = model.verdict?.key ?? '';
    const newVerdict = verdictKey !== '' && verdictKey !== this.lastVerdictKey;
    this.lastKey = key;
    this.lastScreen = model.screen;
    this.lastVerdictKey = verdictKey;
    this.language = model.language;
    this.tweens.killAll();
    this.layer.removeAll(true);
    if (model.hidden) return true;
    const animate = !model.reducedMotion;
    this.drawDesk();
    if (model.screen === 'play') this.drawPlay(model, animate && newVerdict);
    else if (model.screen === 'results') this.drawResults(model, animate && screenChanged);
    else this.drawStamps(animate && screenChanged);
    return true;
  }

  /** Words on the stage are in the language of the model being drawn. */
  private label(key: StageLabelKey): string {
    return this.binding.label(key, this.language);
  }

  private get size(): { w: number; h: number } {
    return { w: this.scale.width, h: this.scale.height };
  }

  /** The play track and its stamp sit over the page's column, not at the edges of a wide screen. */
  private get column(): { left: number; w: number; h: number } {
    const { w, h } = this.size;
    const columnW = Math.min(w, 960);
    return { left: (w - columnW) / 2, w: columnW, h };
  }

  private text(x: number, y: number, value: string, size: number, colour = '#1b2430', bold = true): Phaser.GameObjects.Text {
    const text = this.add
      .text(x, y, value, {
        fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        fontSize: `${Math.round(size)}px`,
        fontStyle: bold ? 'bold' : 'normal',
        color: colour,
      })
      .setOrigin(0.5);
    // Canvas text is drawn at the device's pixel density so it stays crisp.
    text.setResolution(Math.min(window.devicePixelRatio || 1, 3));
    this.layer.add(text);
    return text;
  }

  private drawDesk(): void {
    const { w, h } = this.size;
    const g = this.add.graphics();
    g.fillStyle(DESK, 1).fillRect(0, 0, w, h);
    g.fillStyle(0xffffff, 0.04);
    for (let x = -h; x < w; x += 28) g.fillTriangle(x, h, x + 14, h, x + h + 14, 0);
    this.layer.add(g);
  }

  /** Menu and side screens: the four category stamps, dropped one after another. */
  private drawStamps(animate: boolean): void {
    const { w, h } = this.size;
    const stampW = Math.min(150, (w - 40) / 4 - 10);
    const stampH = Math.min(56, h * 0.42);
    CATEGORIES.forEach((category, i) => {
      const x = w / 2 + (i - 1.5) * (stampW + 12);
      const y = h / 2;
      const stamp = this.stamp(category, this.label(`common:categoryShort.${category}`), stampW, stampH);
      stamp.setPosition(x, y).setAngle([-6, 4, -3, 7][i] ?? 0);
      if (animate) {
        stamp.setScale(1.8).setAlpha(0);
        this.tweens.add({ targets: stamp, scale: 1, alpha: 1, duration: 260, delay: 120 + i * 140, ease: 'Back.easeOut' });
      }
    });
  }

  private stamp(category: keyof typeof CATEGORY_COLOURS, label: string, width: number, height: number): Phaser.GameObjects.Container {
    const colour = CATEGORY_COLOURS[category];
    const box = this.add.graphics();
    box.fillStyle(PAPER, 0.96).fillRoundedRect(-width / 2, -height / 2, width, height, 8);
    box.lineStyle(4, colour, 1).strokeRoundedRect(-width / 2 + 4, -height / 2 + 4, width - 8, height - 8, 6);
    const text = this.add
      .text(0, 0, label.toUpperCase(), {
        fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        fontSize: `${Math.max(11, Math.round(Math.min(height * 0.32, width / (label.length * 0.62 + 1))))}px`,
        fontStyle: 'bold',
        color: `#${colour.toString(16).padStart(6, '0')}`,
      })
      .setOrigin(0.5)
      .setResolution(Math.min(window.devicePixelRatio || 1, 3));
    // Long labels (PROPAGANDA, ESTIMATION) shrink to stay inside the stamp.
    const room = width - 20;
    if (text.width > room) text.setScale(room / text.width);
    const container = this.add.container(0, 0, [box, text]);
    this.layer.add(container);
    return container;
  }

  /** Play: a track of excerpt cards (✓/✗ once answered), the streak, and the verdict stamp. */
  private drawPlay(model: StageModel, animateVerdict: boolean): void {
    const { left, w, h } = this.column;
    const n = Math.max(model.track.length, 1);
    const reserved = model.verdict ? Math.min(200, w * 0.38) : 0;
    const trackWidth = w - 32 - reserved;
    const gap = Math.min(10, trackWidth / n / 4);
    const cardW = Math.min(34, (trackWidth - gap * (n - 1)) / n);
    const cardH = Math.min(cardW * 1.3, h * 0.5);
    const startX = left + 16 + (trackWidth - (cardW * n + gap * (n - 1))) / 2;
    const y = h / 2;
    const g = this.add.graphics();
    this.layer.add(g);
    model.track.forEach((mark, i) => {
      const x = startX + i * (cardW + gap);
      const lift = mark === 'current' ? -cardH * 0.18 : 0;
      g.fillStyle(mark === 'pending' ? 0x5d6f88 : PAPER, mark === 'pending' ? 0.6 : 1);
      g.fillRoundedRect(x, y - cardH / 2 + lift, cardW, cardH, 4);
      if (mark === 'current') g.lineStyle(3, 0xffd166, 1).strokeRoundedRect(x - 2, y - cardH / 2 + lift - 2, cardW + 4, cardH + 4, 5);
      const cx = x + cardW / 2;
      const cy = y + lift;
      const r = cardW * 0.28;
      if (mark === 'right') {
        g.lineStyle(Math.max(2, cardW / 9), RIGHT, 1);
        g.beginPath()
          .moveTo(cx - r, cy)
          .lineTo(cx - r * 0.2, cy + r * 0.8)
          .lineTo(cx + r, cy - r * 0.8)
          .strokePath();
      } else if (mark === 'wrong') {
        g.lineStyle(Math.max(2, cardW / 9), WRONG, 1);
        g.beginPath()
          .moveTo(cx - r, cy - r)
          .lineTo(cx + r, cy + r)
          .moveTo(cx + r, cy - r)
          .lineTo(cx - r, cy + r)
          .strokePath();
      }
    });
    if (model.streak >= 2) this.sparks(startX + trackWidth / 2, y + cardH / 2 + 10, model.streak, animateVerdict);

    if (model.verdict) {
      const label = this.label(`common:categoryShort.${model.verdict.category}`);
      const stampW = Math.min(180, reserved - 16);
      const stampH = Math.min(64, h * 0.55);
      const stamp = this.stamp(model.verdict.category, label, stampW, stampH);
      stamp.setPosition(left + w - reserved / 2 - 8, y).setAngle(-7);
      const badge = this.add.graphics();
      badge.fillStyle(model.verdict.right ? RIGHT : WRONG, 1).fillCircle(stampW / 2 - 6, -stampH / 2 + 6, Math.min(16, stampH * 0.28));
      badge.lineStyle(3, 0xffffff, 1);
      const bx = stampW / 2 - 6;
      const by = -stampH / 2 + 6;
      const r = Math.min(8, stampH * 0.14);
      if (model.verdict.right)
        badge
          .beginPath()
          .moveTo(bx - r, by)
          .lineTo(bx - r * 0.2, by + r * 0.8)
          .lineTo(bx + r, by - r * 0.8)
          .strokePath();
      else
        badge
          .beginPath()
          .moveTo(bx - r, by - r)
          .lineTo(bx + r, by + r)
          .moveTo(bx + r, by - r)
          .lineTo(bx - r, by + r)
          .strokePath();
      stamp.add(badge);
      if (animateVerdict) {
        stamp.setScale(2.2).setAlpha(0);
        this.tweens.add({ targets: stamp, scale: 1, alpha: 1, angle: -7, duration: 220, ease: 'Cubic.easeIn' });
        this.tweens.add({ targets: stamp, scale: 1.06, duration: 90, delay: 220, yoyo: true });
      }
    }
  }

  private sparks(x: number, y: number, streak: number, animate: boolean): void {
    const g = this.add.graphics();
    const count = Math.min(streak, 8);
    for (let i = 0; i < count; i++) {
      const sx = x + (i - (count - 1) / 2) * 12;
      g.fillStyle(i % 2 ? 0xffd166 : 0xff9f1c, 1).fillTriangle(sx - 4, y + 4, sx + 4, y + 4, sx, y - 6);
    }
    this.layer.add(g);
    if (animate) this.tweens.add({ targets: g, y: -3, duration: 160, yoyo: true, repeat: 1 });
  }

  /** Results: per category, a bar of right answers over a bar of all answers. */
  private drawResults(model: StageModel, animate: boolean): void {
    const { w, h } = this.size;
    const max = Math.max(1, ...model.results.map((r) => r.right + r.wrong));
    const columnW = Math.min(120, (w - 40) / 4);
    const barW = columnW * 0.5;
    const baseY = h - 26;
    const maxBar = h - 56;
    model.results.forEach((result, i) => {
      const x = w / 2 + (i - 1.5) * columnW;
      const colour = CATEGORY_COLOURS[result.category];
      const total = ((result.right + result.wrong) / max) * maxBar;
      const right = (result.right / max) * maxBar;
      const g = this.add.graphics();
      g.lineStyle(2, colour, 1).strokeRect(x - barW / 2, baseY - total, barW, total);
      g.fillStyle(colour, 1).fillRect(x - barW / 2, baseY - right, barW, right);
      this.layer.add(g);
      this.text(x, baseY + 13, this.label(`common:categoryShort.${result.category}`), 12, '#fbf7ee');
      this.text(x, baseY - total - 11, `${result.right}/${result.right + result.wrong}`, 13, '#fbf7ee');
      if (animate) {
        g.setScale(1, 0).setY(baseY);
        this.tweens.add({ targets: g, scaleY: 1, y: 0, duration: 500, delay: i * 120, ease: 'Cubic.easeOut' });
      }
    });
    if (model.newBest && animate) this.confetti();
  }

  private confetti(): void {
    const { w } = this.size;
    const colours = Object.values(CATEGORY_COLOURS);
    for (let i = 0; i < 40; i++) {
      const piece = this.add.rectangle(Math.random() * w, -10, 6, 10, colours[i % colours.length] ?? INK);
      this.layer.add(piece);
      this.tweens.add({
        targets: piece,
        y: this.size.h + 20,
        angle: 360 * (Math.random() > 0.5 ? 1 : -1),
        x: piece.x + (Math.random() - 0.5) * 80,
        duration: 1200 + Math.random() * 900,
        delay: Math.random() * 500,
        onComplete: () => piece.destroy(),
      });
    }
  }
}
