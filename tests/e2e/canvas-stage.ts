/**
 * `test` for the specs that are not about the stage: each page gets no WebGL context, so Phaser's
 * AUTO draws the same scene with its canvas renderer (the path of a school PC without WebGL). The
 * test machine has no GPU: WebGL there is SwiftShader, software GL that cost about a fifth of the
 * browser tests' CPU. The specs about the stage and the machine (play, board, platform, career,
 * no-growth, the monkey, the lessons' own contexts, the dev server) keep WebGL: they import `test`
 * from @playwright/test. WebGL here is software, so the game itself picks the canvas renderer
 * unless a test says the machine has a graphics chip (webGLDrawnBy).
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

/**
 * An init script: WebGL says it is drawn by `renderer` (the unmasked name Chrome reports), so a
 * test picks which machine the stage sees: a graphics chip (WebGL) or software GL like this test
 * machine's SwiftShader (the canvas renderer, src/scenes/renderer-choice.ts).
 */
export function webGLDrawnBy(renderer: string): void {
  const UNMASKED_RENDERER_WEBGL = 0x9246;
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const original = context.prototype.getParameter;
    context.prototype.getParameter = function (this: WebGLRenderingContext, name: number) {
      return name === UNMASKED_RENDERER_WEBGL ? renderer : original.call(this, name);
    } as typeof original;
  }
}

export const GRAPHICS_CHIP = 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)';

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(withoutWebGL);
    await use(context);
  },
});
