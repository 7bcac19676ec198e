/**
 * The investigation board drawn on the stage: a corkboard, one lane per completed dossier, its
 * clippings pinned in reading order and the strings between related passages. Each relation has
 * a colour AND a pattern (solid, dashed, dotted, zigzag), with a legend in words: colour is never
 * the only sign. Everything here is also in the board screen's DOM list.
 */
import type Phaser from 'phaser';
import { type Board, type BoardLayout, type BoardString, band, type LabelBox, legendHeight, MIN_LABEL } from '../core/board';
import type { Relation } from '../core/content/schema';
import type { Animator } from './animator';
import { CATEGORY_COLOURS, PAPER, RELATION_COLOURS } from './palette';

export interface BoardWords {
  dossier(article: string): string;
  category(category: keyof typeof CATEGORY_COLOURS): string;
  relation(relation: Relation): string;
  empty: string;
}

const CORK = 0xb98a57;
const FRAME = 0x6b4a2b;
const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

interface Tools {
  scene: Phaser.Scene;
  layer: Phaser.GameObjects.Container;
  animator: Animator;
  /** Whether the board is new on screen (its clippings are pinned one after another). */
  arriving: boolean;
}

export function drawBoard(tools: Tools, board: Board, layout: BoardLayout, words: BoardWords): void {
  const { scene, layer } = tools;
  const { width: w, height: h } = layout;
  const g = scene.add.graphics();
  g.fillStyle(FRAME, 1).fillRect(0, 0, w, h);
  g.fillStyle(CORK, 1).fillRect(6, 6, w - 12, h - 12);
  // Cork grain: fixed specks, the same at every redraw.
  for (let i = 0; i < Math.min(900, (w * h) / 900); i++) {
    const x = 6 + ((i * 7919) % 997) * ((w - 12) / 997);
    const y = 6 + ((i * 104729) % 991) * ((h - 12) / 991);
    g.fillStyle(i % 3 ? 0x9c7043 : 0xd0a271, 0.55).fillCircle(x, y, 1 + (i % 2));
  }
  layer.add(g);

  if (board.clippings.length === 0) {
    layer.add(label(scene, w / 2, h / 2, words.empty, Math.min(22, w / 22), '#2b1d10', w * 0.8));
    return;
  }

  const pinOf = new Map(layout.clippings.map((c) => [c.id, { x: c.pin.x, y: c.pin.y }]));
  const categoryOf = new Map(board.clippings.map((c) => [c.id, c]));
  // Each word is written in its box of the layout (the unit tests keep those boxes apart), over the strings.
  const over: Phaser.GameObjects.GameObject[] = [];
  for (const lane of layout.lanes) {
    const tag = fitted(scene, lane.tag, words.dossier(lane.article), '#1b2430');
    const back = scene.add.graphics();
    if (tag.text) back.fillStyle(PAPER, 0.92).fillRoundedRect(tag.x - tag.displayWidth / 2 - 6, lane.tag.y, tag.displayWidth + 12, lane.tag.h, 4);
    over.push(back, tag);
    if (lane.count) {
      // On a phone the clippings carry no number: the lane says how many it holds (the DOM list names each).
      const count = board.clippings.filter((c) => c.article === lane.article).length;
      const badge = scene.add.graphics();
      badge.fillStyle(0x1b2430, 0.92).fillRoundedRect(lane.count.x, lane.count.y, lane.count.w, lane.count.h, 4);
      badge.fillStyle(PAPER, 1).fillRect(lane.count.x + 4, lane.count.y + lane.count.h / 2 - 4, 7, 8);
      over.push(badge, fitted(scene, { ...lane.count, x: lane.count.x + 11, w: lane.count.w - 12 }, String(count), '#ffffff'));
    }
  }

  const strings = scene.add.graphics();
  for (const s of board.strings) {
    const a = pinOf.get(s.from);
    const b = pinOf.get(s.to);
    // Thinner on a phone, where the clippings are small and the strings many.
    if (a && b) drawString(strings, s, a, b, w < 640 ? 1.75 : 2.5);
  }

  layout.clippings.forEach((placed, i) => {
    const clipping = categoryOf.get(placed.id);
    if (!clipping) return;
    const cx = placed.x + placed.w / 2;
    const cy = placed.y + placed.h / 2;
    const card = scene.add.container(cx, cy);
    const paper = scene.add.graphics();
    const { w: cw, h: ch } = placed;
    const foot = band(ch);
    paper.fillStyle(0x000000, 0.18).fillRect(-cw / 2 + 2, -ch / 2 + 3, cw, ch);
    paper.fillStyle(PAPER, 1).fillRect(-cw / 2, -ch / 2, cw, ch);
    paper.fillStyle(CATEGORY_COLOURS[clipping.category], 1).fillRect(-cw / 2, ch / 2 - foot, cw, foot);
    // Grey lines stand for the text, which is in the DOM (and in the viewer a click opens): between the number and the category's word.
    const top = (placed.number ? placed.number.y + placed.number.h : placed.pin.y + placed.pin.r + 2) - placed.y;
    const bottom = (placed.category ? placed.category.y : placed.y + ch - foot) - placed.y - 2;
    paper.fillStyle(0x9aa3ad, 0.7);
    const lines = Math.max(0, Math.min(3, Math.floor((bottom - top) / Math.max(3, ch * 0.12))));
    for (let line = 0; line < lines; line++)
      paper.fillRect(
        -cw / 2 + cw * 0.12,
        -ch / 2 + top + ((bottom - top) * (line + 0.5)) / lines,
        cw * (line === 2 ? 0.5 : 0.76),
        Math.max(1, ch * 0.04),
      );
    card.add(paper);
    const pin = scene.add.graphics();
    const pinY = placed.pin.y - cy;
    pin.fillStyle(0xc0392b, 1).fillCircle(0, pinY, placed.pin.r);
    pin.fillStyle(0xffffff, 0.6).fillCircle(-1, pinY - 1, Math.max(1, placed.pin.r / 3));
    card.add(pin);
    card.setAngle(placed.angle);
    layer.add(card);
    // The clipping's words turn with it, in a container of their own drawn over the strings.
    const written = scene.add.container(cx, cy);
    const local = (box: LabelBox): LabelBox => ({ ...box, x: box.x - cx, y: box.y - cy });
    // Each word on a patch of paper: a string passing under a number would cut its strokes.
    const patch = scene.add.graphics();
    written.add(patch);
    for (const [box, value] of [
      [placed.number, String(clipping.number)],
      [placed.category, words.category(clipping.category)],
    ] as const) {
      if (!box) continue;
      const text = fitted(scene, local(box), value, '#1b2430');
      const wide = Math.min(box.w, text.displayWidth + 6);
      patch.fillStyle(PAPER, 1).fillRect(text.x - wide / 2, box.y - cy, wide, box.h);
      written.add(text);
    }
    written.setAngle(placed.angle);
    over.push(written);
    if (tools.arriving) {
      tools.animator.drop(card, Math.min(i * 12, 500));
      tools.animator.drop(written, Math.min(i * 12, 500));
    }
  });
  // Strings over the clippings (a string runs to its pin, and stays visible across crowded lanes); words over the strings.
  layer.add(strings);
  layer.add(over);
  drawLegend(tools, layout, words);
}

/** A string: a slight sag (a quadratic curve), in its relation's colour and pattern. */
function drawString(g: Phaser.GameObjects.Graphics, s: BoardString, a: { x: number; y: number }, b: { x: number; y: number }, width: number): void {
  const points = sag(a, b, 14);
  strokePattern(g, points, s.relation, width);
}

function sag(a: { x: number; y: number }, b: { x: number; y: number }, steps: number): Array<{ x: number; y: number }> {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + Math.min(40, Math.hypot(b.x - a.x, b.y - a.y) * 0.08) };
  const out: Array<{ x: number; y: number }> = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    out.push({
      x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * mid.x + t * t * b.x,
      y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * mid.y + t * t * b.y,
    });
  }
  return out;
}

/** The pattern of each relation: [dash, gap] in pixels (0: solid); contradicts also zigzags. */
const PATTERN: Record<Relation, [number, number]> = { agrees: [0, 0], differs: [10, 6], contradicts: [0, 0], 'same-event': [2, 5] };

function strokePattern(g: Phaser.GameObjects.Graphics, points: ReadonlyArray<{ x: number; y: number }>, relation: Relation, width: number): void {
  g.lineStyle(width, RELATION_COLOURS[relation], 0.95);
  const [dash, gap] = PATTERN[relation];
  let pen = true;
  let left = dash;
  g.beginPath();
  g.moveTo(points[0]?.x ?? 0, points[0]?.y ?? 0);
  let zig = 0;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as { x: number; y: number };
    const to = points[i] as { x: number; y: number };
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (relation === 'contradicts') {
      // A zigzag: the string crosses its own line, as the two passages cross each other.
      const nx = -(to.y - from.y) / (length || 1);
      const ny = (to.x - from.x) / (length || 1);
      const teeth = Math.max(1, Math.round(length / 7));
      for (let k = 1; k <= teeth; k++) {
        const t = k / teeth;
        const side = zig++ % 2 ? 3 : -3;
        g.lineTo(from.x + (to.x - from.x) * t + nx * side, from.y + (to.y - from.y) * t + ny * side);
      }
      continue;
    }
    if (dash === 0) {
      g.lineTo(to.x, to.y);
      continue;
    }
    let done = 0;
    while (done < length) {
      const step = Math.min(left, length - done);
      done += step;
      left -= step;
      const x = from.x + ((to.x - from.x) * done) / length;
      const y = from.y + ((to.y - from.y) * done) / length;
      if (pen) g.lineTo(x, y);
      else g.moveTo(x, y);
      if (left <= 0) {
        pen = !pen;
        left = pen ? dash : gap;
      }
    }
  }
  g.strokePath();
}

/** The legend, in the strip at the foot of the board: each relation's pattern and its word. */
function drawLegend(tools: Tools, layout: BoardLayout, words: BoardWords): void {
  const { scene, layer } = tools;
  const strip = legendHeight(layout.width);
  const top = layout.height - 10 - strip;
  const g = scene.add.graphics();
  g.fillStyle(PAPER, 0.94).fillRoundedRect(8, top, layout.width - 16, strip, 6);
  const texts = layout.legend.map(({ relation, swatch, text }) => {
    const y = swatch.y + swatch.h / 2;
    strokePattern(
      g,
      [
        { x: swatch.x, y },
        { x: swatch.x + swatch.w, y },
      ],
      relation,
      2.5,
    );
    return fitted(scene, text, words.relation(relation), '#1b2430', 'left');
  });
  layer.add([g, ...texts]);
}

/** A word written in its box: at the box's size, shrunk (never below the legible minimum, then cut short) to fit. */
function fitted(scene: Phaser.Scene, box: LabelBox, value: string, colour: string, align: 'center' | 'left' = 'center'): Phaser.GameObjects.Text {
  const text = label(scene, 0, 0, value, box.size, colour, Number.POSITIVE_INFINITY);
  // A long dossier name in a narrow column takes two lines where its box has room for them.
  const lines = box.h >= box.size * 2.6 ? 2 : 1;
  if (lines === 2 && text.width > box.w) text.setWordWrapWidth(box.w, false);
  let scale = Math.min(1, box.w / text.width, box.h / text.height);
  if (scale * box.size < MIN_LABEL) {
    // Too long for its box even small: cut short with an ellipsis at the smallest legible size (the DOM has it whole).
    scale = MIN_LABEL / box.size;
    const kept = value.split(' ');
    while (kept.length > 1 && (text.width * scale > box.w || text.height * scale > box.h)) {
      kept.pop();
      text.setText(`${kept.join(' ')}…`);
    }
    // Not even one word fits (a lane squeezed for a moment while the stage resizes): no word rather than a broken one.
    // (Width only: a line's height carries the font's padding, a pixel or two over its box at the minimum size.)
    if (text.width * scale > box.w) text.setText('');
  }
  text.setScale(scale);
  if (align === 'left') text.setOrigin(0, 0.5).setPosition(box.x, box.y + box.h / 2);
  else text.setPosition(box.x + box.w / 2, box.y + box.h / 2);
  return text;
}

function label(scene: Phaser.Scene, x: number, y: number, value: string, size: number, colour: string, room: number): Phaser.GameObjects.Text {
  const text = scene.add
    .text(x, y, value, { fontFamily: FONT, fontSize: `${Math.round(size)}px`, fontStyle: 'bold', color: colour, align: 'center' })
    .setOrigin(0.5)
    .setResolution(Math.min(window.devicePixelRatio || 1, 3));
  if (text.width > room) text.setScale(room / text.width);
  return text;
}
