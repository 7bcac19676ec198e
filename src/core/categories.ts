/** The four answer categories. Ids are fixed by the content guide and stored in saves. */
export const CATEGORIES = ['fact', 'estimate', 'opinion', 'propaganda'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
