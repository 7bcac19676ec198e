import Phaser from 'phaser';
import { type BoardLayout, clippingAt, layoutBoard } from '../core/board';
import type { RankId } from '../core/career/ranks';
import type { CATEGORIES } from '../core/categories';
import type { RELATIONS } from '../core/content/schema';
import { stageKey, type StageModel } from '../core/stage-model';
import { type Animator, motionAnimator, stillAnimator } from './animator';
import { drawBoard } from './board-drawing';
import { CATEGORY_COLOURS, DESK, INK, PAPER, RIGHT, WRONG } from './palette';

/** The only words the stage draws: short category and relation names, dossier titles (the content's, articleName), a moment's title. */
export type StageLabelKey =
  | `common:categoryShort.${(typeof CATEGORIES)[number]}`
  | `board:relation.${(typeof RELATIONS)[number]}`
  | 'board:emptyStage'
  | 'board:moment.dossier'
  | 'board:moment.rank'
  | `career:rank.${RankId}`;

export interface StageBinding {
  model(): StageModel;
  subscribe(listener: () => void): () => void;
  /** The text for an i18n key, in the model's language. */
  label(key: StageLabelKey, language: StageModel['language']): string;
  /** An article's short name, from the content (issue #15), in the model's language. */
  articleName(id: string, language: StageModel['language']): string;
  /** A clipping of the board was clicked or touched: open it (the DOM list offers the same). */
  select(excerptId: string): void;
}

/** Below this size the stage waits for a resize rather than draw (see redraw): the desk's shapes need it. */
const MIN_DRAWABLE = { w: 120, h: 32 };

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
  private lastFiled = 0;
  /** Chosen from the motion preference when it is first known or changes, never per drawing. */
  private animator: Animator | null = null;
  private animatorReduced: boolean | null = null;
  private boardLayout: BoardLayout | null = null;
  /** Moments already played (a redraw or a return to the results does not play one again). */
  private readonly playedMoments = new Set<string>();
  private skipMoment: (() => void) | null = null;

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
    // Input is the page's: the canvas gets a click (a mouse or a finger) and asks the board's
    // pure layout which clipping is there; Phaser's own input stays off.
    const canvas = this.game.canvas;
    const onClick = (event: MouseEvent) => {
      const id = this.clippingUnder(event);
      if (id) this.binding.select(id);
    };
    const onMove = (event: MouseEvent) => {
      canvas.style.cursor = this.clippingUnder(event) ? 'pointer' : '';
    };
    // A moment never blocks: any key or press anywhere ends it. And what the key or press does on the
    // page is painted first: a loop running then (a tween) sits out the frame that shows the answer,
    // whose drawing and canvas upload took a frame of their own on a slow machine, and goes on after it.
    const skip = () => {
      this.skipMoment?.();
      if (!this.game.loop.running) return;
      this.game.loop.sleep();
      requestAnimationFrame(() => setTimeout(() => this.sys.isActive() && this.wake(), 0));
    };
    canvas.addEventListener('click', onClick);
    canvas.addEventListener('mousemove', onMove);
    window.addEventListener('keydown', skip, true);
    window.addEventListener('pointerdown', skip, true);
    // The scale manager is the game's and the store outlives the game (hot reload destroys it
    // without a shutdown): let go of both when the scene stops, whichever way.
    const release = () => {
      unsubscribe();
      observer?.disconnect();
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('mousemove', onMove);
      window.removeEventListener('keydown', skip, true);
      window.removeEventListener('pointerdown', skip, true);
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, release);
      this.events.off(Phaser.Scenes.Events.DESTROY, release);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, release);
    this.events.once(Phaser.Scenes.Events.DESTROY, release);
    this.redraw(true);
    performance.mark('stage-ready');
  }

  private clippingUnder(event: MouseEvent): string | null {
    if (!this.boardLayout) return null;
    const box = this.game.canvas.getBoundingClientRect();
    const x = ((event.clientX - box.left) / (box.width || 1)) * this.scale.width;
    const y = ((event.clientY - box.top) / (box.height || 1)) * this.scale.height;
    return clippingAt(this.boardLayout, x, y);
  }

  /** The loop's per-frame hook: once no tween plays and the last frames are drawn, the loop sleeps. */
  override update(): void {
    if (this.tweens.getTweens().length > 0) {
      this.stillFrames = 0;
      return;
    }
    this.stillFrames += 1;
    if (this.stillFrames >= SETTLE_FRAMES) {
      this.game.loop.sleep();
      // When the stage last went to sleep: the bench reads how long a screen's animation kept it awake.
      performance.clearMarks('stage-asleep');
      performance.mark('stage-asleep');
    }
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
    const filed = model.track.filter((mark) => mark === 'right' || mark === 'wrong').length;
    const newFiling = model.screen === 'play' && !model.verdict && filed > this.lastFiled && this.lastScreen === 'play';
    this.lastKey = key;
    this.lastScreen = model.screen;
    this.lastVerdictKey = verdictKey;
    this.lastFiled = model.screen === 'play' ? filed : 0;
    this.language = model.language;
    if (this.animatorReduced !== model.reducedMotion) {
      this.animator = model.reducedMotion ? stillAnimator() : motionAnimator(this);
      this.animatorReduced = model.reducedMotion;
    }
    this.skipMoment?.();
    this.tweens.killAll();
    this.layer.removeAll(true);
    this.boardLayout = null;
    if (model.hidden) return true;
    // A stage with no room yet (its box collapsed while a screen lays out) is drawn at the next resize: the
    // shapes' sizes would come out negative, which the canvas renderer (no WebGL) refuses by throwing, and a
    // throw in its render loop left every later drawing blank (playtest, WebGL off).
    if (this.scale.width < MIN_DRAWABLE.w || this.scale.height < MIN_DRAWABLE.h) {
      this.lastKey = '';
      return true;
    }
    if (model.screen === 'board' && model.board) {
      const { w, h } = this.size;
      this.boardLayout = layoutBoard(model.board, w, h);
      drawBoard({ scene: this, layer: this.layer, animator: this.motion, arriving: screenChanged }, model.board, this.boardLayout, {
        dossier: (article) => this.binding.articleName(article, this.language),
        category: (category) => this.label(`common:categoryShort.${category}`),
        relation: (relation) => this.label(`board:relation.${relation}`),
        empty: this.label('board:emptyStage'),
      });
      return true;
    }
    // Elsewhere the page has the room (its stamps' band, core/stage-slot.ts): nothing to draw.
    if (model.screen !== 'play' && model.screen !== 'results') return true;
    this.drawDesk();
    if (model.screen === 'play') this.drawPlay(model, newVerdict, newFiling);
    else this.drawResults(model, screenChanged);
    if (model.moment && !this.playedMoments.has(model.moment.key)) this.drawMoment(model.moment);
    return true;
  }

  private get motion(): Animator {
    this.animator ??= motionAnimator(this);
    return this.animator;
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

  /**
   * Play: the desk. On the left, the round's track of excerpt cards (✓/✗ once answered); on the
   * right, the clipping on show (its text is the page's, below) and the tray of filed clippings.
   * An answer stamps the clipping with its category and ✓/✗; the next excerpt files it in the tray.
   */
  private drawPlay(model: StageModel, newVerdict: boolean, newFiling: boolean): void {
    const { left, w, h } = this.column;
    const n = Math.max(model.track.length, 1);
    const deskW = Math.min(340, w * 0.48);
    const trackWidth = w - 32 - deskW;
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
      if (mark === 'right') this.tick(g, cx, cy, r, Math.max(2, cardW / 9), RIGHT);
      else if (mark === 'wrong') this.cross(g, cx, cy, r, Math.max(2, cardW / 9), WRONG);
    });
    if (model.streak >= 2) this.sparks(startX + trackWidth / 2, y + cardH / 2 + 10, model.streak, newVerdict);

    // The desk: the clipping on show, and the tray beside it.
    const deskLeft = left + w - 16 - deskW;
    const trayW = Math.min(96, deskW * 0.34);
    const trayH = Math.min(h * 0.62, trayW * 0.8);
    const trayX = deskLeft + deskW - trayW / 2;
    const filed = model.track.filter((mark) => mark === 'right' || mark === 'wrong').length;
    const tray = this.add.graphics();
    tray.fillStyle(0x0f1826, 0.55).fillRoundedRect(trayX - trayW / 2, y - trayH / 2, trayW, trayH, 6);
    // The filed clippings, one thin sheet each, stacked from the tray's floor.
    const sheet = Math.max(1.5, Math.min(4, (trayH - 10) / Math.max(model.track.length, 1)));
    for (let i = 0; i < filed; i++) {
      tray.fillStyle(i % 2 ? PAPER : 0xe9e1cf, 1).fillRect(trayX - trayW / 2 + 6, y + trayH / 2 - 5 - (i + 1) * sheet, trayW - 12, sheet - 0.5);
    }
    tray.lineStyle(3, 0x8fa3bf, 1).strokeRoundedRect(trayX - trayW / 2, y - trayH / 2, trayW, trayH, 6);
    this.layer.add(tray);

    const clipW = Math.min(150, deskW - trayW - 24);
    const clipH = Math.min(h * 0.78, clipW * 0.62);
    const clipX = deskLeft + (deskW - trayW - 12) / 2;
    const onShow = model.track.includes('current') || model.verdict !== null;
    if (newFiling) {
      // The clipping just answered slides from the desk into the tray.
      const moving = this.paper(clipW * 0.6, clipH * 0.6);
      moving.setPosition(trayX, y - trayH / 2 + 6);
      this.motion.slideFrom(moving, clipX, y);
      this.tweens.add({ targets: moving, alpha: 0, duration: 120, delay: 380 });
    }
    if (!onShow) return;
    const clipping = this.paper(clipW, clipH);
    clipping.setPosition(clipX, y).setAngle(-2);
    if (model.verdict) {
      const label = this.label(`common:categoryShort.${model.verdict.category}`);
      const stampW = clipW * 0.86;
      const stampH = Math.min(44, clipH * 0.56);
      const stamp = this.stamp(model.verdict.category, label, stampW, stampH);
      stamp.setPosition(clipX, y).setAngle(-9);
      const badge = this.add.graphics();
      const bx = stampW / 2 - 4;
      const by = -stampH / 2 + 4;
      badge.fillStyle(model.verdict.right ? RIGHT : WRONG, 1).fillCircle(bx, by, Math.max(1, Math.min(13, stampH * 0.34)));
      const r = Math.min(7, stampH * 0.16);
      if (model.verdict.right) this.tick(badge, bx, by, r, 3, 0xffffff);
      else this.cross(badge, bx, by, r, 3, 0xffffff);
      stamp.add(badge);
      if (newVerdict) this.motion.stamp(stamp);
    } else if (this.lastFiled > 0 && newFiling) {
      this.motion.slideFrom(clipping, clipX, -clipH);
    }
  }

  /** A blank clipping: paper with grey lines standing for the text, which is the page's. */
  private paper(width: number, height: number): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.25).fillRect(-width / 2 + 3, -height / 2 + 4, width, height);
    g.fillStyle(PAPER, 1).fillRect(-width / 2, -height / 2, width, height);
    g.fillStyle(0xa7afb9, 0.8);
    const lines = Math.max(2, Math.floor(height / 12));
    for (let i = 0; i < lines; i++) {
      g.fillRect(
        -width / 2 + width * 0.1,
        -height / 2 + height * 0.18 + (i * height * 0.68) / lines,
        width * (i === lines - 1 ? 0.45 : 0.8),
        Math.max(1.5, height * 0.05),
      );
    }
    const container = this.add.container(0, 0, [g]);
    this.layer.add(container);
    return container;
  }

  private tick(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number, width: number, colour: number): void {
    g.lineStyle(width, colour, 1);
    g.beginPath()
      .moveTo(cx - r, cy)
      .lineTo(cx - r * 0.2, cy + r * 0.8)
      .lineTo(cx + r, cy - r * 0.8)
      .strokePath();
  }

  private cross(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number, width: number, colour: number): void {
    g.lineStyle(width, colour, 1);
    g.beginPath()
      .moveTo(cx - r, cy - r)
      .lineTo(cx + r, cy + r)
      .moveTo(cx + r, cy - r)
      .lineTo(cx - r, cy + r)
      .strokePath();
  }

  private sparks(x: number, y: number, streak: number, hop: boolean): void {
    const g = this.add.graphics();
    const count = Math.min(streak, 8);
    for (let i = 0; i < count; i++) {
      const sx = x + (i - (count - 1) / 2) * 12;
      g.fillStyle(i % 2 ? 0xffd166 : 0xff9f1c, 1).fillTriangle(sx - 4, y + 4, sx + 4, y + 4, sx, y - 6);
    }
    this.layer.add(g);
    if (hop) this.motion.hop(g);
  }

  /** Results: per category, a bar of right answers over a bar of all answers. */
  private drawResults(model: StageModel, arriving: boolean): void {
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
      if (arriving) this.motion.grow(g, baseY, i * 120);
    });
    if (model.newBest && arriving) this.motion.confetti(this, this.layer, Object.values(CATEGORY_COLOURS).concat(INK));
  }

  /**
   * A round's moment (a dossier completed, a rank reached): a banner over the stage, short, and
   * gone at the first key or press. The results screen says the same in words.
   */
  private drawMoment(moment: NonNullable<StageModel['moment']>): void {
    const { w, h } = this.size;
    this.playedMoments.add(moment.key);
    const title = moment.kind === 'dossier-complete' ? this.label('board:moment.dossier') : this.label('board:moment.rank');
    const detail =
      moment.kind === 'dossier-complete'
        ? moment.articles.map((article) => this.binding.articleName(article, this.language)).join(' · ')
        : this.label(`career:rank.${moment.rank}`);
    const bannerW = Math.min(w - 24, 520);
    const bannerH = Math.min(h - 16, 84);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.3).fillRoundedRect(-bannerW / 2 + 4, -bannerH / 2 + 5, bannerW, bannerH, 10);
    g.fillStyle(PAPER, 1).fillRoundedRect(-bannerW / 2, -bannerH / 2, bannerW, bannerH, 10);
    g.lineStyle(4, 0xffbf47, 1).strokeRoundedRect(-bannerW / 2 + 5, -bannerH / 2 + 5, bannerW - 10, bannerH - 10, 8);
    const heading = this.add
      .text(0, -bannerH * 0.16, title, {
        fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        fontSize: `${Math.round(Math.min(24, bannerH * 0.3))}px`,
        fontStyle: 'bold',
        color: '#1b2430',
      })
      .setOrigin(0.5)
      .setResolution(Math.min(window.devicePixelRatio || 1, 3));
    const line = this.add
      .text(0, bannerH * 0.22, detail, {
        fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        fontSize: `${Math.round(Math.min(15, bannerH * 0.2))}px`,
        color: '#4a5566',
      })
      .setOrigin(0.5)
      .setResolution(Math.min(window.devicePixelRatio || 1, 3));
    for (const text of [heading, line]) if (text.width > bannerW - 28) text.setScale((bannerW - 28) / text.width);
    const banner = this.add.container(w / 2, h / 2, [g, heading, line]);
    this.layer.add(banner);
    const end = () => {
      if (this.skipMoment !== end) return;
      this.skipMoment = null;
      this.tweens.killTweensOf(banner);
      banner.destroy();
      this.wake();
    };
    this.skipMoment = end;
    this.motion.moment(banner, end);
  }
}
