/**
 * What boot reads of the lessons before the menu (a lesson link in the address, the pupil's
 * session kept on this device): the rest of the lessons' rules load with their screens (lessons.ts).
 */
import * as v from 'valibot';
import type { ExcerptKeys } from '../content/content-index';
import { decodeLessonCode } from '../lessons/lesson-code';
import { cleanLessonName } from '../lessons/lesson';
import { cleanNickname, decodeResultCode } from '../lessons/result-code';
import type { GameState } from './state';

/** The link pupils open: the game's own address, the lesson code in the fragment (never sent to a server). */
export function lessonLink(base: string, code: string, name: string): string {
  const bare = base.split('#')[0] as string;
  return `${bare}#lesson=${code}${name ? `&name=${encodeURIComponent(name)}` : ''}`;
}

/** What a link's fragment holds: the lesson code and name, or null when it names no lesson. */
export function parseLessonFragment(hash: string): { code: string; name: string } | null {
  const params = new URLSearchParamsLite(hash.replace(/^#/, ''));
  const code = params.get('lesson');
  if (code === null) return null;
  return { code, name: cleanLessonName(params.get('name') ?? '') };
}

/** URLSearchParams is a DOM and Node API, not the language's: the few lines the core needs. */
class URLSearchParamsLite {
  private readonly pairs: Array<[string, string]>;
  constructor(text: string) {
    this.pairs = text
      .split('&')
      .filter((part) => part !== '')
      .map((part) => {
        const at = part.indexOf('=');
        const decode = (s: string) => {
          try {
            return decodeURIComponent(s.replace(/\+/g, ' '));
          } catch {
            return s;
          }
        };
        return at < 0 ? [decode(part), ''] : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
      });
  }
  get(name: string): string | null {
    return this.pairs.find(([key]) => key === name)?.[1] ?? null;
  }
}

const PupilRecordSchema = v.object({
  code: v.string(),
  name: v.string(),
  nickname: v.nullable(v.string()),
  result: v.nullable(v.string()),
});

/** The pupil's session read back at start; null when there is none or its lesson no longer reads on this content. */
export function parsePupilRecord(value: unknown, content: ExcerptKeys): GameState['pupil'] {
  const parsed = v.safeParse(PupilRecordSchema, value);
  if (!parsed.success) return null;
  const decoded = decodeLessonCode(parsed.output.code, content);
  if (!decoded.ok) return null;
  const result = parsed.output.result && decodeResultCode(parsed.output.result).ok ? parsed.output.result : null;
  return {
    lesson: {
      code: decoded.code,
      name: cleanLessonName(parsed.output.name),
      spec: decoded.spec,
      checksum: decoded.checksum,
      contentVersion: decoded.contentVersion,
    },
    nickname: parsed.output.nickname ? cleanNickname(parsed.output.nickname) || null : null,
    result,
  };
}
