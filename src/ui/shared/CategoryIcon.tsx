import type { Category } from '../../core/categories';

/**
 * One drawn icon per category, so a category is told by shape as well as by colour and
 * label (colour-blind players, black-and-white prints). Decorative: the label is text.
 */
const PATHS: Record<Category, string[]> = {
  // A tick in a circle: checked.
  fact: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M8 12.5l2.7 2.7L16 9.5'],
  // "Roughly equal": two waves.
  estimate: ['M5 9.5c2.3-2 4.7-2 7 0s4.7 2 7 0', 'M5 15.5c2.3-2 4.7-2 7 0s4.7 2 7 0'],
  // A speech bubble: someone's view.
  opinion: ['M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-8l-4 3.5V16H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z'],
  // A loudhailer: a state's message broadcast.
  propaganda: ['M4 10v4h3l8 4V6l-8 4z', 'M18.5 9.5a3.5 3.5 0 0 1 0 5', 'M7 14l1.5 5h2.5l-1.2-4.4'],
};

export function CategoryIcon(props: { category: Category }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[props.category].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** A page with lines: "the article". */
export function ArticleIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3h8l5 5v13H6z" />
      <path d="M14 3v5h5M9 13h7M9 17h7" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/** A target: "this passage", for a highlight that does not tell its category. */
export function PassageIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z" />
      <path d="M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z" />
    </svg>
  );
}
