/** Small builders the unit tests share, so each test file states only what matters to it. */
import type { Category } from '../../src/core/categories';
import type { Article, ArticleId, Block, ContentBundle, Excerpt } from '../../src/core/content/schema';
import {
  createGameReducer,
  type GameAction,
  type GameEffect,
  type GameIntent,
  type GameState,
  initialGameState,
  type ModeRules,
  type Stamp,
} from '../../src/core/game';
import { lessonsRules } from '../../src/core/game/lessons';
import { lmsRules } from '../../src/core/game/lms';
import {
  type AnswerRecord,
  CURRENT_VERSION,
  DEFAULT_PROFILE_ID,
  emptyProfileData,
  PLAYER_SETTINGS_FIELDS,
  type PlayerSettings,
  type ProfileData,
  type Settings,
} from '../../src/core/progress/records';
import type { RoundState } from '../../src/core/round';

/** Every mode's rules (core/game/modes.ts), as once they have all loaded: the game's tests play the whole game. */
export const ALL_MODES: readonly ModeRules[] = [lmsRules, lessonsRules];

/** A tiny article: a title block, then the given blocks (a string is a paragraph). */
export function fixtureArticle(id: ArticleId, body: Array<string | Block>, title = `Titre ${id}`): Article {
  return {
    id,
    stem: `${id}_0123456789abcdef`,
    title,
    label: { fr: `l’article ${'ABCDE'.charAt(Number(id))}`, en: `article ${'ABCDE'.charAt(Number(id))}` },
    name: { fr: `Nom ${id}`, en: `Name ${id}` },
    discussion: { fr: `Que dit le texte ${id}\u00a0?`, en: `What does text ${id} say?` },
    publication: null,
    author: null,
    date: null,
    dateNote: { fr: 'Sans date.', en: 'No date.' },
    kind: 'news-report',
    kindNote: { fr: 'Dépêche.', en: 'News report.' },
    omitted: { fr: 'Rien.', en: 'Nothing.' },
    blocks: [{ kind: 'title', text: title }, ...body.map((b) => (typeof b === 'string' ? { kind: 'paragraph' as const, text: b } : b))],
  };
}

let answerSequence = 0;
/** One stored answer; each call gets its own excerpt id and a later time. */
export function answerRecord(expected: Category, answered: Category, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  answerSequence += 1;
  return {
    excerptId: `000-${String(answerSequence % 100).padStart(2, '0')}`,
    articleId: '000',
    expected,
    answered,
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, answerSequence)).toISOString(),
    ...extra,
  };
}

/** The excerpts the game-state tests deal, with their answers: only what the reducer reads of the content. */
export const GAME_EXCERPTS: ReadonlyArray<{ id: string; category: Category }> = [
  { id: '000-01', category: 'fact' },
  { id: '001-02', category: 'propaganda' },
  { id: '002-03', category: 'opinion' },
  { id: '004-01', category: 'fact' },
  { id: '001-12', category: 'estimate' },
];

/** A content bundle with just enough of each excerpt for dealing, scoring and recording. */
export function fixtureContent(excerpts: ReadonlyArray<{ id: string; category: Category }> = GAME_EXCERPTS): ContentBundle {
  return {
    articles: [],
    // Each excerpt's text has one clue word: "indice" (word 3), so marking it finds the clue.
    excerpts: excerpts.map(
      (e) =>
        ({
          id: e.id,
          article: e.id.slice(0, 3),
          category: e.category,
          text: `Extrait ${e.id} avec indice ici.`,
          clues: [{ text: 'indice', at: 20 }],
        }) as unknown as Excerpt,
    ),
  };
}

export const AT = '2026-03-01T09:00:00.000Z';

/** Device settings and a player's own, as one record (tests say both at once), split where the game keeps each. */
export function splitSettings(all: Settings & Partial<PlayerSettings>): { device: Settings; player: Partial<PlayerSettings> } {
  const device: Record<string, unknown> = {};
  const player: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(all)) {
    if ((PLAYER_SETTINGS_FIELDS as readonly string[]).includes(field)) player[field] = value;
    else device[field] = value;
  }
  return { device: device as Settings, player: player as Partial<PlayerSettings> };
}

/**
 * A state as the game starts it: these settings (the player's own ones in the profile), one
 * profile (or the one named), its bests and resume offer.
 */
export function gameState(
  all: Settings & Partial<PlayerSettings>,
  extra: {
    bestScore?: number;
    bestStreak?: number;
    activeProfile?: { id: string; name: string };
    resumable?: RoundState | null;
    profile?: ProfileData;
    classSetup?: GameState['classroom']['setup'];
    /** The texts, as once they have arrived (none by default: reducerFor plays a state without them as if they had). */
    content?: ContentBundle;
  } = {},
): GameState {
  const active = extra.activeProfile ?? { id: DEFAULT_PROFILE_ID, name: 'Profil 1' };
  const { device: settings, player } = splitSettings(all);
  const base = extra.profile ?? { ...emptyProfileData(active.id), bestScore: extra.bestScore ?? 0, bestStreak: extra.bestStreak ?? 0 };
  const profile = { ...base, settings: { ...base.settings, ...player } };
  return initialGameState({
    device: { version: CURRENT_VERSION, settings, profiles: [{ ...active, createdAt: '2026-01-01T00:00:00.000Z' }], activeProfileId: active.id },
    profile,
    resumable: extra.resumable ?? null,
    classSetup: extra.classSetup ?? null,
    content: extra.content ?? null,
    modes: ALL_MODES,
  });
}

/** An intent as the store would stamp it (fixed time and seed unless the test gives them). */
export type TestAction = GameIntent & Partial<Stamp>;
const stamped = (action: TestAction): GameAction => ({ at: AT, seed: 1, ...action }) as GameAction;

const gameReducer = createGameReducer();
/**
 * The game's reducer over a content (the fixture content by default), taking unstamped intents:
 * a state made without the texts plays as if they had arrived (a step that changes nothing gives
 * back the state it was given).
 */
export function reducerFor(
  content: ContentBundle = DEFAULT_CONTENT,
): (state: GameState, action: TestAction) => { state: GameState; effects: GameEffect[] } {
  const loaded = new WeakMap<GameState, GameState>();
  return (state, action) => {
    if (state.content) return gameReducer(state, stamped(action));
    let withTexts = loaded.get(state);
    if (!withTexts) {
      withTexts = { ...state, content };
      loaded.set(state, withTexts);
    }
    const step = gameReducer(withTexts, stamped(action));
    return step.state === withTexts ? { ...step, state } : step;
  };
}

const DEFAULT_CONTENT = fixtureContent();
export const reduceGame = reducerFor();

/** Runs actions through the game reducer of a content (the fixture content by default), collecting every effect. */
export function runnerFor(content: ContentBundle = DEFAULT_CONTENT) {
  const reduce = reducerFor(content);
  return (state: GameState, ...actions: TestAction[]): { state: GameState; effects: GameEffect[] } => {
    const effects: GameEffect[] = [];
    for (const action of actions) {
      const step = reduce(state, action);
      state = step.state;
      effects.push(...step.effects);
    }
    return { state, effects };
  };
}

export const runGame = runnerFor();

/** The fixture content with its articles, short readings and positions, as a quiz or LMS export needs them. */
export function quizFixtureContent(): ContentBundle {
  const base = fixtureContent();
  return {
    articles: (['000', '001', '002', '004'] as const).map((id) => fixtureArticle(id, ['Un paragraphe.'])),
    excerpts: base.excerpts.map((e) => ({
      ...e,
      position: { block: 1, offset: 0 },
      short: { fr: `Court ${e.id}`, en: `Short ${e.id}` },
      translation: { en: 'T' },
    })),
  };
}
