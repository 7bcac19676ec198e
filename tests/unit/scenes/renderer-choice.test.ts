import { describe, expect, it } from 'vitest';
import { rendererFor } from '../../../src/scenes/renderer-choice';

// The names browsers give for what draws WebGL, as Chrome and Firefox report them.
describe('the stage’s renderer', () => {
  it('is WebGL on a graphics chip', () => {
    for (const name of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (NVIDIA, NVIDIA GeForce GT 710 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Mesa Intel(R) HD Graphics 4000 (IVB GT2)',
      'AMD Radeon R7 Graphics (radeonsi, carrizo, LLVM 15.0.7, DRM 3.49)',
      'Apple GPU',
      'Adreno (TM) 610',
    ])
      expect(rendererFor(name), name).toBe('webgl');
  });

  it('is the canvas renderer where WebGL is drawn in software', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'GDI Generic',
      'Software Rasterizer',
    ])
      expect(rendererFor(name), name).toBe('canvas');
  });

  it('is the canvas renderer without WebGL', () => {
    expect(rendererFor(null)).toBe('canvas');
  });
});
