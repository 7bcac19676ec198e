/**
 * The investigation board drawn on the stage: a corkboard, one lane per completed dossier, its
 * clippings pinned in reading order and the strings between related passages. Each relation has
 * a colour AND a pattern (solid, dashed, dotted, zigzag), with a legend in words: colour is never
 * the only sign. Everything here is also in the board screen's DOM list.
 */
import type Phaser from 'phaser';
import { type Board, type BoardLayout, type BoardString, LANE_HEAD, legendHeight, type PlacedClipping } from '../core/board';
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
const RELATIONS: Relation[] = ['agrees', 'differs', 'contradicts', 'same-event'];

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

  const pinOf = new Map(layout.clippings.map((c) => [c.id, pinPoint(c)]));
  for (const lane of layout.lanes) {
    const tag = label(scene, lane.x + lane.w / 2, lane.y + LANE_HEAD / 2, words.dossier(lane.article), 13, '#1b2430', lane.w - 16);
    const back = scene.add.graphics();
    back.fillStyle(PAPER, 0.92).fillRoundedRect(tag.x - tag.displayWidth / 2 - 8, lane.y + 2, tag.displayWidth + 16, LANE_HEAD - 4, 4);
    layer.add([back, tag]);
  }

  const strings = scene.add.graphics();
  for (const s of board.strings) {
    const a = pinOf.get(s.from);
    const b = pinOf.get(s.to);
    // Thinner on a phone, where the clippings are small and the strings many.
    if (a && b) drawString(strings, s, a, b, w < 640 ? 1.75 : 2.5);
  }

  const categoryOf = new Map(board.clippings.map((c) => [c.id, c]));
  layout.clippings.forEach((placed, i) => {
    const clipping = categoryOf.get(placed.id);
    if (!clipping) return;
    const card = scene.add.container(placed.x + placed.w / 2, placed.y + placed.h / 2);
    const paper = scene.add.graphics();
    const { w: cw, h: ch } = placed;
    paper.fillStyle(0x000000, 0.18).fillRect(-cw / 2 + 2, -ch / 2 + 3, cw, ch);
    paper.fillStyle(PAPER, 1).fillRect(-cw / 2, -ch / 2, cw, ch);
    paper.fillStyle(CATEGORY_COLOURS[clipping.category], 1).fillRect(-cw / 2, ch / 2 - Math.max(4, ch * 0.16), cw, Math.max(4, ch * 0.16));
    // Grey lines stand for the text, which is in the DOM (and in the viewer a click opens).
    paper.fillStyle(0x9aa3ad, 0.7);
    for (let line = 0; line < 3; line++)
      paper.fillRect(-cw / 2 + cw * 0.12, -ch / 2 + ch * (0.42 + line * 0.13), cw * (line === 2 ? 0.5 : 0.76), Math.max(1, ch * 0.05));
    card.add(paper);
    const numberSize = Math.max(10, Math.min(18, ch * 0.3));
    // A small clipping (a phone) has its number in the middle, clear of the pin at its top.
    const numberY = ch < 40 ? ch * 0.04 : -ch / 2 + numberSize * 0.75;
    card.add(label(scene, 0, numberY, String(clipping.number), numberSize, '#1b2430', cw - 4));
    if (cw >= 64) {
      const tag = label(scene, 0, ch / 2 - Math.max(4, ch * 0.16) - 7, words.category(clipping.category), 10, '#1b2430', cw - 6);
      card.add(tag);
    }
    const pin = scene.add.graphics();
    pin.fillStyle(0xc0392b, 1).fillCircle(0, -ch / 2 + 4, Math.max(3, Math.min(6, cw / 14)));
    pin.fillStyle(0xffffff, 0.6).fillCircle(-1, -ch / 2 + 3, Math.max(1, Math.min(2, cw / 40)));
    card.add(pin);
    card.setAngle(placed.angle);
    layer.add(card);
    if (tools.arriving) tools.animator.drop(card, Math.min(i * 12, 500));
  });
  // Strings over the clippings: a string runs to its pin, and stays visible across crowded lanes.
  layer.add(strings);
  drawLegend(tools, layout, words);
}

function pinPoint(c: PlacedClipping): { x: number; y: number } {
  return { x: c.x + c.w / 2, y: c.y + 4 };
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
  const perRow = layout.width < 640 ? 2 : 4;
  const size = layout.width < 640 ? 11 : 12;
  const cellW = (layout.width - 24) / perRow;
  const rowH = (strip - 4) / (4 / perRow);
  const top = layout.height - 10 - strip;
  const g = scene.add.graphics();
  g.fillStyle(PAPER, 0.94).fillRoundedRect(8, top, layout.width - 16, strip, 6);
  const texts = RELATIONS.map((relation, i) => {
    const x = 12 + (i % perRow) * cellW;
    const y = top + 2 + Math.floor(i / perRow) * rowH + rowH / 2;
    strokePattern(
      g,
      [
        { x: x + 4, y },
        { x: x + 34, y },
      ],
      relation,
      2.5,
    );
    return label(scene, 0, 0, words.relation(relation), size, '#1b2430', cellW - 46)
      .setOrigin(0, 0.5)
      .setPosition(x + 40, y);
  });
  layer.add([g, ...texts]);
}

function label(scene: Phaser.Scene, x: number, y: number, value: string, size: number, colour: string, room: number): Phaser.GameObjects.Text {
  const text = scene.add
    .text(x, y, value, { fontFamily: FONT, fontSize: `${Math.round(size)}px`, fontStyle: 'bold', color: colour, align: 'center' })
    .setOrigin(0.5)
    .setResolution(Math.min(window.devicePixelRatio || 1, 3));
  if (text.width > room) text.setScale(room / text.width);
  return text;
}
