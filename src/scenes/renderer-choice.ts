/**
 * Which of Phaser's renderers draws the stage. WebGL where the machine has a graphics chip; Phaser's
 * canvas renderer where WebGL is missing, or where the browser draws it in software (SwiftShader,
 * llvmpipe, Windows' basic display driver: a virtual desktop in a school lab, a PC whose graphics
 * driver is blocked). There WebGL compiles its shaders and composites every frame on the processor:
 * the stage's start took about a second of main thread at CPU ×4, against a fifth of that for the
 * canvas renderer, which draws the same scene (bench: `npm run bench`, and .ci's browser tests).
 */

export type StageRenderer = 'webgl' | 'canvas';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|gdi generic/i;

/** The renderer for a WebGL context whose driver calls itself `rendererName` (null: no WebGL at all). */
export function rendererFor(rendererName: string | null): StageRenderer {
  if (rendererName === null) return 'canvas';
  return SOFTWARE_RENDERERS.test(rendererName) ? 'canvas' : 'webgl';
}

/** Asks the browser for a WebGL context and the name of what draws it, then lets the context go. */
export function probeWebGLRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    // The unmasked name where the browser gives it (Chrome); else the plain one, already unmasked in Firefox.
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
