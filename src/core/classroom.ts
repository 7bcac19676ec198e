/**
 * The classroom mode's rules, pure: one device, a projector, teams answering the same
 * excerpt, the teacher revealing. Team setup, standings, the per-question table, the CSV
 * rows and the printable sheets are derived here so the views only lay them out.
 *
 * Nothing here names a pupil: teams have nicknames, and everything stays on the device.
 */
import * as v from 'valibot';
import { type Category, matchesKey } from './categories';
import { clueSegments, type Segment } from './content/locate';
import { excerptReading } from './content/prose';
import { ArticleIdSchema, type ArticleId, type ContentBundle, type Excerpt } from './content/schema';
import { dossierExcerptIds } from './career/dossiers';
import { dealRound } from './deal';
import { classInvestigation, dealtInvestigation, votePoints } from './investigations/class-play';
import type { SynthesisQuestion } from './investigations/questions';
import { decodeLessonCode, displayCode } from './lessons/lesson-code';
import { lessonRound } from './lessons/play';
import { PROFILE_ID_PATTERN, ROUND_SIZES } from './progress/records';
import { comparableName, graphemeCount } from './progress/text';
import { startRound, tallyByCategory, type CategoryTally, type Player, type RoundState, type Turn } from './round';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
export const DEFAULT_TEAM_COUNT = 4;
export const TEAM_NAME_MAX_LENGTH = 24;
export type ClassRoundSize = (typeof ROUND_SIZES)[number];
export const CLASS_ROUND_SIZES = ROUND_SIZES;
export const DEFAULT_CLASS_ROUND_SIZE: ClassRoundSize = 10;

/**
 * The resume slot of the class round. It has a character no profile id may have, so a
 * class round can never take the place of a player's own resume point.
 */
export const CLASSROOM_RESUME_SLOT = '~classroom';
if (PROFILE_ID_PATTERN.test(CLASSROOM_RESUME_SLOT)) throw new Error('the classroom slot must not look like a profile id');

/** What the teacher sets before a round; kept on the device so printed sheets and the round match. */
export interface ClassSetup {
  teamNames: string[];
  size: ClassRoundSize;
  /** Fixes the deal: the student sheet, the answer key and the round show the same excerpts. */
  seed: number;
  /** The teacher marks the words the class proposes as the clue before each reveal. */
  clueStep: boolean;
  /** A lesson the teacher prepared: its excerpts, in its order, replace the seeded deal (and `size`). */
  lesson?: { code: string; name: string };
  /** The scoreboard and the ranking are shown (true unless the teacher turned them off). */
  showRanking?: boolean;
  /** One article played as a dossier: all its excerpts, in the order of the text, replace the seeded deal (and `size`). */
  dossier?: ArticleId;
  /** An investigation (its id) played by the class: its passages, then its synthesis question, replace the seeded deal. */
  investigation?: string;
}

export function defaultClassSetup(defaultName: (position: number) => string, seed: number): ClassSetup {
  return {
    teamNames: Array.from({ length: DEFAULT_TEAM_COUNT }, (_, i) => defaultName(i + 1)),
    size: DEFAULT_CLASS_ROUND_SIZE,
    seed: seed >>> 0,
    clueStep: false,
  };
}

const ClassSetupSchema = v.object({
  teamNames: v.pipe(v.array(v.pipe(v.string(), v.maxLength(TEAM_NAME_MAX_LENGTH * 16))), v.minLength(MIN_TEAMS), v.maxLength(MAX_TEAMS)),
  size: v.picklist(CLASS_ROUND_SIZES),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  clueStep: v.optional(v.boolean(), false),
  lesson: v.optional(v.object({ code: v.string(), name: v.string() })),
  showRanking: v.optional(v.boolean()),
  dossier: v.optional(ArticleIdSchema),
  investigation: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(120))),
});

/** A saved setup read back; null when it is missing or damaged (the screen then starts from the defaults). */
export function parseClassSetup(value: unknown): ClassSetup | null {
  const parsed = v.safeParse(ClassSetupSchema, value);
  return parsed.success ? { ...parsed.output, teamNames: [...parsed.output.teamNames] } : null;
}

/** A short code for a deal, printed on the sheets and shown at setup so the teacher can match them. */
export function seriesCode(seed: number): string {
  return (seed >>> 0).toString(36).toUpperCase().padStart(4, '0');
}

/** Names still equal to the old language's default follow the language; names the teacher typed stay. */
export function relabelDefaultNames(
  names: readonly string[],
  oldDefault: (position: number) => string,
  newDefault: (position: number) => string,
): string[] {
  return names.map((name, i) => (name === oldDefault(i + 1) ? newDefault(i + 1) : name));
}

export type TeamProblem = { index: number; problem: 'duplicate'; sameAs: number } | { index: number; problem: 'too-long' };

export type TeamCheck = { ok: true; players: Player[] } | { ok: false; problems: TeamProblem[] };

/**
 * Turns the typed names into teams. A blank name takes its default ("Équipe 3"); two teams
 * may not share a name (whatever the case, spacing or accents), or the scores could not be told apart.
 */
export function checkTeams(names: readonly string[], defaultName: (position: number) => string): TeamCheck {
  if (names.length < MIN_TEAMS || names.length > MAX_TEAMS) throw new Error(`a class plays with ${MIN_TEAMS} to ${MAX_TEAMS} teams`);
  const cleaned = names.map((name, i) => cleanTeamName(name) || defaultName(i + 1));
  const problems: TeamProblem[] = [];
  const firstByKey = new Map<string, number>();
  cleaned.forEach((name, index) => {
    if (graphemeCount(name) > TEAM_NAME_MAX_LENGTH) problems.push({ index, problem: 'too-long' });
    // Case, spacing and accents ignored: "Élan" and "elan" could not be told apart on the board.
    const key = comparableName(name);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else problems.push({ index, problem: 'duplicate', sameAs: first });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, players: cleaned.map((name, i) => ({ id: `team-${i + 1}`, name })) };
}

/** Spaces squeezed, ends trimmed: "  Les   Lynx " and "Les Lynx" are the same team. */
export function cleanTeamName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** The lesson a setup plays, read from its code against this content; null for a seeded deal (or a code this content cannot read). */
export function setupLesson(content: ContentBundle, setup: Pick<ClassSetup, 'lesson'>) {
  if (!setup.lesson) return null;
  const decoded = decodeLessonCode(setup.lesson.code, content);
  return decoded.ok ? { ...decoded, name: setup.lesson.name } : null;
}

/** What of a setup decides the deal. */
export type ClassDealSetup = Pick<ClassSetup, 'size' | 'seed' | 'lesson' | 'dossier' | 'investigation'>;

/** The excerpts of a class round, in order. Only the seed and size count (or the lesson): not who played what before. */
export function classDeal(content: ContentBundle, setup: ClassDealSetup): string[] {
  const lesson = setupLesson(content, setup);
  if (lesson) return lesson.spec.excerptIds.filter((id) => content.excerpts.some((e) => e.id === id));
  // An investigation's passages in its own order, side by side as a pupil sees them.
  const investigation = classInvestigation(content, setup.investigation);
  if (investigation) return [...investigation.excerptIds];
  // The career's own order of a dossier, so a class plays it as a pupil would.
  const dossier = setup.dossier ? dossierExcerptIds(content, setup.dossier) : [];
  if (dossier.length > 0) return dossier;
  const candidates = content.excerpts.map((e) => ({ id: e.id, article: e.article, category: e.category }));
  return dealRound(candidates, { size: setup.size, seed: setup.seed });
}

export function startClassRound(content: ContentBundle, setup: ClassDealSetup, players: Player[], at: string): RoundState {
  if (players.length < MIN_TEAMS || players.length > MAX_TEAMS) throw new Error(`a class plays with ${MIN_TEAMS} to ${MAX_TEAMS} teams`);
  const lesson = setupLesson(content, setup);
  const round = lesson ? lessonRound(content, lesson, { seed: setup.seed, at, players, hostReveal: true, mode: 'class' }) : null;
  if (round) return round;
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const dealt = classDeal(content, setup).map((id) => ({ id, category: (byId.get(id) as Excerpt).category }));
  const dealtRound = startRound({ id: `c-${at}-${seriesCode(setup.seed)}`, mode: 'class', dealt, players, hostReveal: true, at });
  const investigation = classInvestigation(content, setup.investigation);
  return investigation ? { ...dealtRound, investigation: dealtInvestigation(investigation) } : dealtRound;
}

/** The teacher may reveal once at least one team has answered (never on its own). */
export function canReveal(round: RoundState): boolean {
  return round.phase === 'answering' && answeredCount(round) > 0;
}

export function answeredCount(round: RoundState): number {
  return round.players.filter((p) => round.answers[p.id] !== undefined).length;
}

export interface TeamStanding {
  team: Player;
  /** 1 for the best score; teams with the same score share a rank (1, 1, 3). */
  rank: number;
  score: number;
  right: number;
  wrong: number;
}

/** Teams by score, best first; equal scores keep the order the teams were set up in. */
export function standings(round: RoundState): TeamStanding[] {
  const rows = round.players.map((team, order) => {
    const s = round.scores[team.id];
    // An investigation's synthesis vote counts too (its points are kept apart from the passages').
    return { team, order, score: (s?.score ?? 0) + votePoints(round, team.id), right: s?.right ?? 0, wrong: s?.wrong ?? 0 };
  });
  rows.sort((a, b) => b.score - a.score || a.order - b.order);
  return rows.map((row) => ({
    team: row.team,
    rank: rows.findIndex((other) => other.score === row.score) + 1,
    score: row.score,
    right: row.right,
    wrong: row.wrong,
  }));
}

export interface TeamOutcome {
  team: Player;
  /** null: the team had not answered when the teacher revealed. */
  answer: Category | null;
  correct: boolean;
  points: number;
}

/** How each team did on one revealed excerpt. */
export function turnOutcomes(turn: Turn, teams: readonly Player[]): TeamOutcome[] {
  return teams.map((team) => {
    const answer = turn.answers[team.id]?.category ?? null;
    const gained = turn.gained[team.id];
    return { team, answer, correct: matchesKey(answer, turn.expected), points: gained ? gained.base + gained.bonus : 0 };
  });
}

export interface QuestionRow {
  number: number;
  excerptId: string;
  expected: Category;
  outcomes: TeamOutcome[];
}

/** One row per excerpt played: the answer and what each team said. */
export function questionTable(round: RoundState): QuestionRow[] {
  return round.turns.map((turn, i) => ({
    number: i + 1,
    excerptId: turn.excerptId,
    expected: turn.expected,
    outcomes: turnOutcomes(turn, round.players),
  }));
}

/** Every answer the teams gave, against the key: the class's answers for its statistics (teams that did not answer give none). */
export function classAnswers(round: RoundState): Array<{ expected: Category; answered: Category }> {
  return round.turns.flatMap((turn) =>
    round.players.flatMap((team) => {
      const answered = turn.answers[team.id]?.category;
      return answered ? [{ expected: turn.expected, answered }] : [];
    }),
  );
}

/** Right and wrong per category (by the answer key), for every team. */
export function teamTallies(round: RoundState): Array<{ team: Player; tally: Record<Category, CategoryTally> }> {
  return round.players.map((team) => ({ team, tally: tallyByCategory(round, team.id) }));
}

/** The CSV columns, in order; the view gives each its heading in the interface language. */
export const CSV_COLUMNS = ['roundDate', 'excerptId', 'article', 'excerptText', 'rightAnswer', 'team', 'teamAnswer', 'correct', 'points'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface ClassCsvRow {
  roundDate: string;
  excerptId: string;
  article: string;
  excerptText: string;
  rightAnswer: Category;
  team: string;
  teamAnswer: Category | null;
  correct: 0 | 1;
  points: number;
}

/** One row per excerpt × team, in playing order, for the teacher's spreadsheet. */
export function classCsvRows(round: RoundState, content: ContentBundle): ClassCsvRow[] {
  const excerpts = new Map(content.excerpts.map((e) => [e.id, e]));
  const titles = new Map(content.articles.map((a) => [a.id as string, a.title]));
  const roundDate = localDateTime(round.startedAt);
  return questionTable(round).flatMap((row) => {
    const excerpt = excerpts.get(row.excerptId);
    return row.outcomes.map((outcome) => ({
      roundDate,
      excerptId: row.excerptId,
      article: excerpt ? (titles.get(excerpt.article) ?? excerpt.article) : row.excerptId.slice(0, 3),
      excerptText: excerpt?.text ?? '',
      rightAnswer: row.expected,
      team: outcome.team.name,
      teamAnswer: outcome.answer,
      correct: outcome.correct ? 1 : 0,
      points: outcome.points,
    }));
  });
}

/** "2026-03-12 09:05" in the device's time zone: the lesson's date as the teacher lived it. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function csvFileName(round: RoundState): string {
  return `classe-${localDateTime(round.startedAt).replace(' ', '-').replace(':', 'h')}.csv`;
}

export interface SheetItem {
  number: number;
  excerptId: string;
  articleId: ArticleId;
  /** The French source, as played. */
  text: string;
  /** Given in English mode only, under the source. */
  translation: string | null;
  /** Who or what a fragment speaks of (it opens on "il", "certaines"…), in the interface language; null when it reads alone. */
  context: string | null;
  /** Only on the answer key. */
  answer: {
    category: Category;
    segments: Segment[];
    clues: string[] /** The short explanation, articles named by their labels. */;
    short: string;
  } | null;
}

export interface PrintableSheet {
  kind: 'student' | 'key';
  series: string;
  /** An investigation's synthesis question, after its passages: the choices to tick (and on the key, the answer). */
  synthesis: SynthesisQuestion | null;
  /** The lesson code (grouped for reading) when the sheet is a lesson's, else null. */
  lessonCode: string | null;
  lessonName: string | null;
  items: SheetItem[];
}

/**
 * The student sheet (excerpts to tick, no answers) or the answer key (the answer, the
 * clue words marked, the why) for the round a setup will deal.
 */
export function printableSheet(content: ContentBundle, setup: ClassDealSetup, kind: PrintableSheet['kind'], language: 'fr' | 'en'): PrintableSheet {
  const excerpts = new Map(content.excerpts.map((e) => [e.id, e]));
  const items = classDeal(content, setup).map((id, i): SheetItem => {
    const excerpt = excerpts.get(id) as Excerpt;
    return {
      number: i + 1,
      excerptId: id,
      articleId: excerpt.article,
      text: excerpt.text,
      translation: language === 'en' ? excerpt.translation.en : null,
      context: excerptReading(excerpt, content.articles, language).context,
      answer:
        kind === 'key'
          ? {
              category: excerpt.category,
              segments: clueSegments(excerpt),
              clues: excerpt.clues.map((c) => c.text),
              short: excerptReading(excerpt, content.articles, language).short,
            }
          : null,
    };
  });
  const lesson = setupLesson(content, setup);
  const investigation = lesson ? undefined : classInvestigation(content, setup.investigation);
  return {
    kind,
    series: seriesCode(setup.seed),
    synthesis: investigation?.question ?? null,
    lessonCode: lesson ? displayCode(lesson.code) : null,
    lessonName: lesson?.name ?? null,
    items,
  };
}
