/** The SCORM 1.2 adapter: finding the LMS's API where the standard says to look, and a session's calls and errors. */
import { describe, expect, it } from 'vitest';
import { findScormApi, type Scorm12Api, ScormSession } from '../../../src/services/scorm';

function fakeApi(refuse: ReadonlySet<string> = new Set()): Scorm12Api & { calls: string[][]; values: Map<string, string> } {
  const calls: string[][] = [];
  const values = new Map<string, string>();
  let last = '0';
  return {
    calls,
    values,
    LMSInitialize: () => {
      calls.push(['init']);
      return 'true';
    },
    LMSFinish: () => {
      calls.push(['finish']);
      return 'true';
    },
    LMSCommit: () => {
      calls.push(['commit']);
      return 'true';
    },
    LMSGetValue: (element) => {
      last = values.has(element) ? '0' : '401';
      return values.get(element) ?? '';
    },
    LMSSetValue: (element, value) => {
      calls.push(['set', element, value]);
      last = refuse.has(element) ? '405' : '0';
      if (last === '0') values.set(element, value);
      return last === '0' ? 'true' : 'false';
    },
    LMSGetLastError: () => last,
    LMSGetErrorString: (code) => (code === '405' ? 'Incorrect Data Type' : 'Not implemented error'),
  };
}

/** A frame chain: the window, its parents up to the top (whose parent is itself), and an opener. */
function frames(depth: number, apiAt: number | null, opener?: object): Window {
  const api = fakeApi();
  let top: Record<string, unknown> = {};
  top.parent = top;
  const chain = [top];
  for (let i = 1; i <= depth; i++) {
    const child: Record<string, unknown> = { parent: chain[0] };
    chain.unshift(child);
  }
  if (apiAt !== null) (chain[apiAt] as Record<string, unknown>).API = api;
  if (opener) (chain[0] as Record<string, unknown>).opener = opener;
  top = chain[0] as Record<string, unknown>;
  return top as unknown as Window;
}

describe('findScormApi', () => {
  it('finds the API in the window or a parent frame, up to seven levels', () => {
    expect(findScormApi(frames(0, 0))).not.toBeNull();
    expect(findScormApi(frames(3, 2))).not.toBeNull();
    expect(findScormApi(frames(7, 7))).not.toBeNull();
    expect(findScormApi(frames(9, 9))).toBeNull();
  });

  it('then in the window that opened this one; none outside an LMS', () => {
    expect(findScormApi(frames(1, null, frames(1, 1)))).not.toBeNull();
    expect(findScormApi(frames(2, null))).toBeNull();
  });

  it('stops at a frame of another origin (reading it throws) and ignores an object that is not the API', () => {
    const foreign = {};
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new Error('SecurityError');
      },
    });
    const win = { parent: foreign } as unknown as Window;
    (foreign as Record<string, unknown>).parent = foreign;
    expect(findScormApi(win)).toBeNull();
    expect(findScormApi({ API: { LMSInitialize: 1 }, parent: null } as unknown as Window)).toBeNull();
  });
});

describe('ScormSession', () => {
  it('records the LMS’s refusals with their code and words, and finishes once', () => {
    const api = fakeApi(new Set(['cmi.core.score.raw']));
    const session = ScormSession.start(api) as ScormSession;
    expect(session.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(session.set('cmi.core.score.raw', 'x')).toBe(false);
    expect(session.get('cmi.suspend_data')).toBe('');
    expect(session.errors).toEqual([
      { call: 'LMSSetValue', element: 'cmi.core.score.raw', code: '405', message: 'Incorrect Data Type' },
      { call: 'LMSGetValue', element: 'cmi.suspend_data', code: '401', message: 'Not implemented error' },
    ]);
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
    expect(session.set('cmi.core.exit', '')).toBe(false);
    expect(api.calls.filter((c) => c[0] === 'finish')).toHaveLength(1);
  });

  it('is not started when the LMS refuses LMSInitialize', () => {
    expect(ScormSession.start({ ...fakeApi(), LMSInitialize: () => 'false' })).toBeNull();
  });
});
