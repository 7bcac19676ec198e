/**
 * "Collect results": result codes pasted one per line, read from QR codes or from files, checked
 * against the lesson on the teacher's device. Every line is accepted or rejected with its reason;
 * a rejected line never costs the valid ones.
 */
import * as v from 'valibot';
import { excerptWords } from '../content/words';
import type { ContentBundle } from '../content/schema';
import type { CodeFailure, DecodedLesson } from './lesson-code';
import { decodeResultCode, nicknameKey, type PupilResult } from './result-code';

export type RejectReason =
  | Exclude<CodeFailure, 'empty'>
  /** Whole and of this content, but made for another lesson. */
  | 'other-lesson'
  /** This very code is already in the report. */
  | 'duplicate-code'
  /** Another code under the same nickname is already in the report. */
  | 'duplicate-nickname';

export interface CollectedResult {
  code: string;
  result: PupilResult;
}

export interface Rejected {
  line: string;
  reason: RejectReason;
  /** For a duplicate nickname: the nickname taken. */
  nickname?: string;
}

export interface CollectOutcome {
  accepted: CollectedResult[];
  rejected: Rejected[];
}

/** The lines of a paste or a file that may hold a code: blank lines and "#" comments (result files have one) are skipped. */
export function codeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** One result code checked against the lesson and the results already kept. */
export function checkResult(
  line: string,
  lesson: Pick<DecodedLesson, 'checksum' | 'contentVersion' | 'spec'>,
  content: Pick<ContentBundle, 'excerpts'>,
  kept: readonly CollectedResult[],
): { ok: true; collected: CollectedResult } | { ok: false; rejected: Rejected } {
  const decoded = decodeResultCode(line);
  if (!decoded.ok) return { ok: false, rejected: { line, reason: decoded.reason === 'empty' ? 'not-a-code' : decoded.reason } };
  const { result, code } = decoded;
  if (result.contentVersion !== lesson.contentVersion) return { ok: false, rejected: { line, reason: 'other-content' } };
  if (result.lessonChecksum !== lesson.checksum) return { ok: false, rejected: { line, reason: 'other-lesson' } };
  if (result.answers.length !== lesson.spec.excerptIds.length) return { ok: false, rejected: { line, reason: 'damaged' } };
  const texts = new Map(content.excerpts.map((e) => [e.id, e.text]));
  const marksFit = result.answers.every((answer, i) => {
    const text = texts.get(lesson.spec.excerptIds[i] as string) ?? '';
    const count = excerptWords(text).length;
    return (answer.marks ?? []).every((m) => m < count);
  });
  if (!marksFit) return { ok: false, rejected: { line, reason: 'damaged' } };
  if (kept.some((k) => k.code === code)) return { ok: false, rejected: { line, reason: 'duplicate-code' } };
  const key = nicknameKey(result.nickname);
  if (kept.some((k) => nicknameKey(k.result.nickname) === key)) {
    return { ok: false, rejected: { line, reason: 'duplicate-nickname', nickname: result.nickname } };
  }
  return { ok: true, collected: { code, result } };
}

/** Every line of a paste, a file or a scan, in order: what is accepted is added to `kept`. */
export function collectResults(
  lines: readonly string[],
  lesson: Pick<DecodedLesson, 'checksum' | 'contentVersion' | 'spec'>,
  content: Pick<ContentBundle, 'excerpts'>,
  kept: readonly CollectedResult[],
): CollectOutcome {
  const accepted: CollectedResult[] = [];
  const rejected: Rejected[] = [];
  for (const line of lines) {
    const checked = checkResult(line, lesson, content, [...kept, ...accepted]);
    if (checked.ok) accepted.push(checked.collected);
    else rejected.push(checked.rejected);
  }
  return { accepted, rejected };
}

/** A class report as kept on the teacher's device: the lesson and the codes collected (results are read back from them). */
export const ReportRecordSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  lessonCode: v.pipe(v.string(), v.minLength(3)),
  lessonName: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  codes: v.array(v.string()),
});
export type ReportRecord = v.InferOutput<typeof ReportRecordSchema>;

export function parseReportRecord(value: unknown): ReportRecord | null {
  const parsed = v.safeParse(ReportRecordSchema, value);
  return parsed.success ? parsed.output : null;
}
