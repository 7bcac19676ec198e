import * as v from 'valibot';

/** The four answer categories. Ids are fixed by the content guide and stored in saves. */
export const CATEGORIES = ['fact', 'estimate', 'opinion', 'propaganda'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

export const CategorySchema = v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`);

/** The one definition of a right answer: the category given is the key's (no answer is never right). */
export function matchesKey(answered: Category | null | undefined, expected: Category): boolean {
  return answered === expected;
}

/**
 * The two halves of the four categories: what can be checked (a verified fact, an estimate) and
 * what is someone's view (an opinion, a regime's words). Discernment is telling them apart both
 * ways: accepting what is solid and catching what is not.
 */
export const CHECKABLE: readonly Category[] = ['fact', 'estimate'];
export const VIEWPOINT: readonly Category[] = ['opinion', 'propaganda'];

/** The first question of the two-step choice: can it be checked, or is it someone's view? */
export const HALVES = ['checkable', 'viewpoint'] as const;
export type Half = (typeof HALVES)[number];

export function categoriesOf(half: Half): readonly Category[] {
  return half === 'checkable' ? CHECKABLE : VIEWPOINT;
}

export function isCheckable(category: Category): boolean {
  return CHECKABLE.includes(category);
}
