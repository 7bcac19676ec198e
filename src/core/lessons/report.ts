/**
 * The class report of a lesson: per pupil, per excerpt, per category, the class's discernment
 * and bias (the same statistics as a player's Progress, from core/progress), the mix-up grid
 * and the hardest excerpts. Data only: the view words and lays it out.
 */
import { CATEGORIES, type Category, matchesKey } from '../categories';
import { clueMarks, clueWordIndices, excerptWords } from '../content/words';
import type { ContentBundle, Excerpt } from '../content/schema';
import type { AnswerRecord, Confidence } from '../progress/records';
import { type BiasSummary, biasSummary, chanceLevel } from '../progress/report';
import { accuracyByCategory, type ConfusionMatrix, confusionMatrix, type Discrimination, discrimination, type Tally } from '../progress/stats';
import type { CollectedResult } from './collect';
import type { LessonSpec } from './lesson';

export interface PupilRow {
  nickname: string;
  code: string;
  /** 1 for the most right answers, shared on a tie; null when the lesson shows no ranking. */
  rank: number | null;
  right: number;
  answered: number;
  total: number;
  /** Balanced accuracy over this pupil's answers (a favourite answer cannot game it). */
  discernment: number | null;
  /** Wrong answers given as "sure". */
  sureButWrong: number;
  /** Excerpts where the pupil marked at least one of the key's clue words. */
  cluesFound: number;
}

export interface ExcerptRow {
  number: number;
  excerptId: string;
  expected: Category;
  /** How many pupils gave each category. */
  counts: Record<Category, number>;
  unanswered: number;
  right: number;
  answered: number;
  rate: number | null;
  /** The wrong answer given most, if any. */
  topWrong: Category | null;
  /** Words the pupils marked, most marked first (at most five). */
  markedWords: Array<{ word: string; count: number; clue: boolean }>;
  /** Pupils who answered right and marked one of the key's clue words. */
  cluesFound: number;
}

export interface ClassReport {
  pupils: PupilRow[];
  excerpts: ExcerptRow[];
  byCategory: Record<Category, Tally>;
  discrimination: Discrimination;
  chance: number | null;
  bias: BiasSummary;
  matrix: ConfusionMatrix;
  /** The excerpts the class found hardest: lowest rate first, at most three, only those someone got wrong. */
  hardest: ExcerptRow[];
  /** The lesson asked for the clue step / the confidence question. */
  clues: boolean;
  confidence: boolean;
}

/** The pupils' answers as the records Progress computes from (unanswered excerpts are left out, as in a round). */
export function answerRecords(results: readonly CollectedResult[], spec: LessonSpec, content: ContentBundle, at: string): AnswerRecord[][] {
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  return results.map(({ result }) =>
    result.answers.flatMap((answer, i): AnswerRecord[] => {
      const excerpt = byId.get(spec.excerptIds[i] as string);
      if (!excerpt || answer.category === null) return [];
      const record: AnswerRecord = { excerptId: excerpt.id, articleId: excerpt.article, expected: excerpt.category, answered: answer.category, at };
      if (answer.confidence) record.confidence = answer.confidence;
      return [record];
    }),
  );
}

export function classReport(spec: LessonSpec, results: readonly CollectedResult[], content: ContentBundle, at: string): ClassReport {
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const excerpts = spec.excerptIds.map((id) => byId.get(id)).filter((e): e is Excerpt => e !== undefined);
  const clueSets = new Map(excerpts.map((e) => [e.id, new Set(clueWordIndices(e))]));
  const records = answerRecords(results, spec, content, at);
  const all = records.flat();

  const pupilRows = results.map(({ result, code }, p) => {
    const mine = records[p] ?? [];
    const discern = discrimination(mine);
    let cluesFound = 0;
    let sureButWrong = 0;
    result.answers.forEach((answer, i) => {
      const excerpt = excerpts[i];
      if (!excerpt) return;
      const right = matchesKey(answer.category, excerpt.category);
      if (!right && answer.confidence === 'sure') sureButWrong += 1;
      // The same rule as the game's clue line (content/words.ts clueMarks): a clue's key word or two of its words, no more outside than inside.
      if (clueMarks(excerpt, answer.marks ?? []).found) cluesFound += 1;
    });
    return {
      nickname: result.nickname,
      code,
      rank: null as number | null,
      right: mine.filter((r) => matchesKey(r.answered, r.expected)).length,
      answered: mine.length,
      total: excerpts.length,
      discernment: discern.balancedAccuracy,
      sureButWrong,
      cluesFound,
    };
  });
  const pupils = spec.ranking
    ? [...pupilRows]
        .sort((a, b) => b.right - a.right || a.nickname.localeCompare(b.nickname, 'fr'))
        .map((row, _, rows) => ({ ...row, rank: rows.findIndex((other) => other.right === row.right) + 1 }))
    : [...pupilRows].sort((a, b) => a.nickname.localeCompare(b.nickname, 'fr'));

  const excerptRows = excerpts.map((excerpt, i): ExcerptRow => {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    let unanswered = 0;
    let cluesFound = 0;
    const marked = new Map<number, number>();
    for (const { result } of results) {
      const answer = result.answers[i];
      if (!answer || answer.category === null) unanswered += 1;
      else counts[answer.category] += 1;
      for (const m of answer?.marks ?? []) marked.set(m, (marked.get(m) ?? 0) + 1);
      if (answer && matchesKey(answer.category, excerpt.category) && clueMarks(excerpt, answer.marks ?? []).found) cluesFound += 1;
    }
    const answered = results.length - unanswered;
    const right = counts[excerpt.category];
    const wrongs = CATEGORIES.filter((c) => c !== excerpt.category && counts[c] > 0).sort((a, b) => counts[b] - counts[a]);
    const words = excerptWords(excerpt.text);
    return {
      number: i + 1,
      excerptId: excerpt.id,
      expected: excerpt.category,
      counts,
      unanswered,
      right,
      answered,
      rate: answered === 0 ? null : right / answered,
      topWrong: wrongs[0] ?? null,
      markedWords: [...marked.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, 5)
        .map(([index, count]) => ({ word: words[index]?.text ?? '?', count, clue: clueSets.get(excerpt.id)?.has(index) ?? false })),
      cluesFound,
    };
  });

  const matrix = confusionMatrix(all);
  return {
    pupils,
    excerpts: excerptRows,
    byCategory: accuracyByCategory(all),
    discrimination: discrimination(all),
    chance: chanceLevel(all),
    bias: biasSummary(all),
    matrix,
    hardest: [...excerptRows]
      .filter((row) => row.rate !== null && row.right < row.answered)
      .sort((a, b) => (a.rate as number) - (b.rate as number) || a.number - b.number)
      .slice(0, 3),
    clues: spec.clues,
    confidence: spec.confidence,
  };
}

/** The CSV columns of a class report, one row per pupil and excerpt; the view gives each its heading. */
export const REPORT_CSV_COLUMNS = [
  'lessonCode',
  'nickname',
  'number',
  'excerptId',
  'excerptText',
  'rightAnswer',
  'answer',
  'correct',
  'confidence',
  'markedWords',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

export interface ReportCsvRow {
  lessonCode: string;
  nickname: string;
  number: number;
  excerptId: string;
  excerptText: string;
  rightAnswer: Category;
  answer: Category | null;
  correct: 0 | 1;
  confidence: Confidence | null;
  markedWords: string;
}

export function reportCsvRows(lessonCode: string, spec: LessonSpec, results: readonly CollectedResult[], content: ContentBundle): ReportCsvRow[] {
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  return [...results]
    .sort((a, b) => a.result.nickname.localeCompare(b.result.nickname, 'fr'))
    .flatMap(({ result }) =>
      spec.excerptIds.flatMap((id, i) => {
        const excerpt = byId.get(id);
        const answer = result.answers[i];
        if (!excerpt || !answer) return [];
        const words = excerptWords(excerpt.text);
        return [
          {
            lessonCode,
            nickname: result.nickname,
            number: i + 1,
            excerptId: id,
            excerptText: excerpt.text,
            rightAnswer: excerpt.category,
            answer: answer.category,
            correct: matchesKey(answer.category, excerpt.category) ? 1 : 0,
            confidence: answer.confidence ?? null,
            markedWords: (answer.marks ?? []).map((m) => words[m]?.text ?? '').join(' '),
          } satisfies ReportCsvRow,
        ];
      }),
    );
}
