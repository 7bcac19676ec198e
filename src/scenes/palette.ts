import type { Category } from '../core/categories';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies; shapes back them up. */
export const CATEGORY_COLOURS: Record<Category, number> = {
  fact: 0x0072b2,
  estimate: 0xe69f00,
  opinion: 0xcc79a7,
  propaganda: 0xd55e00,
};
export const INK = 0x1b2430;
export const PAPER = 0xfbf7ee;
export const RIGHT = 0x1a7f4b;
export const WRONG = 0xb3261e;
export const DESK = 0x23344d;
/** Board strings, Okabe–Ito again (darkened to stand out on cork); each also has its own pattern. */
export const RELATION_COLOURS: Record<'agrees' | 'differs' | 'contradicts' | 'same-event', number> = {
  agrees: 0x007a5a,
  differs: 0xe69f00,
  contradicts: 0xc0392b,
  'same-event': 0x1f4e8c,
};
