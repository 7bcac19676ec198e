/**
 * `test` for the specs that are not about the stage: each page gets no WebGL context, so Phaser's
 * AUTO draws the same scene with its canvas renderer (the path of a school PC without WebGL). The
 * test machine has no GPU: WebGL there is SwiftShader, software GL that cost about a fifth of the
 * browser tests' CPU. The specs about the stage and the machine (play, board, platform, career,
 * no-growth, the monkey, the lessons' own contexts, the dev server) keep WebGL: they import `test`
 * from @playwright/test.
 */
import { test as base } from '@playwright/test';

/** An init script: the page gets no WebGL context, as on an old machine without it. */
export function withoutWebGL(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (/webgl/i.test(type)) return null;
    return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof original;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(withoutWebGL);
    await use(context);
  },
});
