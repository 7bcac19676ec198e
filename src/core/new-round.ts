/** Building a round from the content: play (a mixed deal) or review (the excerpts due again). */
import type { ContentBundle } from './content/schema';
import { dealRound } from './deal';
import { startRound, type Player, type RoundMode, type RoundState } from './round';

export interface NewRoundOptions {
  seed: number;
  at: string;
  size: number | 'all';
  mode?: RoundMode;
  players?: Player[];
  hostReveal?: boolean;
  timesSeen?: Readonly<Record<string, number>>;
  /** Restrict the deal to these excerpts (review mode). */
  onlyIds?: readonly string[];
}

/** Null when nothing can be dealt (a review whose excerpts are all gone from the content): there is no round to start. */
export function newRound(content: ContentBundle, options: NewRoundOptions): RoundState | null {
  const allowed = options.onlyIds ? new Set(options.onlyIds) : null;
  const candidates = content.excerpts
    .filter((e) => !allowed || allowed.has(e.id))
    .map((e) => ({ id: e.id, article: e.article, category: e.category }));
  const ids = dealRound(candidates, { size: options.size, seed: options.seed, timesSeen: options.timesSeen });
  if (ids.length === 0) return null;
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const dealt = ids.map((id) => ({ id, category: (byId.get(id) as { category: RoundState['expected'][number] }).category }));
  return startRound({
    id: `r-${options.at}-${options.seed.toString(36)}`,
    mode: options.mode ?? 'play',
    dealt,
    players: options.players,
    hostReveal: options.hostReveal,
    at: options.at,
  });
}
