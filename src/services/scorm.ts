/**
 * The SCORM 1.2 run-time, seen from the package: the LMS's API object (window.API, in a parent
 * frame or the window that opened ours) and a session over it. This is the only module that
 * calls the LMS; it knows the API's calls and error codes, not the game. The values it is given
 * are worked out in the core (core/lms/report.ts) within SCORM 1.2's limits.
 */

/** The calls of the SCORM 1.2 API (RTE 3.3): every value is a string, "true"/"false" for success. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** How far up the frames the search goes (the ADL's reference search stops at 7 parents). */
const MAX_PARENTS = 7;

function isApi(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].every(
    (name) => typeof api[name] === 'function',
  );
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window | null = start;
  for (let level = 0; win && level <= MAX_PARENTS; level++) {
    try {
      const api = (win as unknown as { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      // A frame of another origin: its API cannot be ours; look no higher through it.
      return null;
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The LMS's API: in this window or a parent frame, then in the window that opened this one and its parents; null outside an LMS. */
export function findScormApi(start: Window): Scorm12Api | null {
  const own = searchUp(start);
  if (own) return own;
  try {
    return start.opener ? searchUp(start.opener as Window) : null;
  } catch {
    return null;
  }
}

const ok = (result: string | boolean) => result === true || result === 'true';

/** An error the LMS reported: the call, the element, SCORM's code (e.g. 405 "incorrect data type") and its words. */
export interface ScormError {
  call: string;
  element: string;
  code: string;
  message: string;
}

/** One session with the LMS, from LMSInitialize to LMSFinish. Calls after the finish do nothing. */
export class ScormSession {
  readonly errors: ScormError[] = [];
  private finished = false;

  private constructor(private readonly api: Scorm12Api) {}

  /** Starts a session; null when the LMS refuses it. */
  static start(api: Scorm12Api): ScormSession | null {
    try {
      return ok(api.LMSInitialize('')) ? new ScormSession(api) : null;
    } catch {
      return null;
    }
  }

  get open(): boolean {
    return !this.finished;
  }

  /** A value of the data model; "" when the LMS has none or refuses (e.g. 401 "not implemented", 404 write-only). */
  get(element: string): string {
    if (this.finished) return '';
    try {
      const value = this.api.LMSGetValue(element);
      const code = String(this.api.LMSGetLastError());
      if (code !== '0' && code !== '') {
        this.record('LMSGetValue', element, code);
        return '';
      }
      return String(value ?? '');
    } catch {
      return '';
    }
  }

  set(element: string, value: string): boolean {
    if (this.finished) return false;
    try {
      if (ok(this.api.LMSSetValue(element, value))) return true;
      this.record('LMSSetValue', element, String(this.api.LMSGetLastError()));
    } catch {
      this.errors.push({ call: 'LMSSetValue', element, code: '101', message: 'exception' });
    }
    return false;
  }

  commit(): boolean {
    if (this.finished) return false;
    try {
      return ok(this.api.LMSCommit(''));
    } catch {
      return false;
    }
  }

  finish(): boolean {
    if (this.finished) return false;
    this.finished = true;
    try {
      return ok(this.api.LMSFinish(''));
    } catch {
      return false;
    }
  }

  private record(call: string, element: string, code: string): void {
    let message = '';
    try {
      message = this.api.LMSGetErrorString(code) ?? '';
    } catch {
      // words are a courtesy
    }
    this.errors.push({ call, element, code, message });
    if (this.errors.length > 50) this.errors.shift();
  }
}
