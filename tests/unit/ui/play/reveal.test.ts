import { describe, expect, it } from 'vitest';
import { revealOffset } from '../../../../src/ui/play/reveal';

describe('bringing the answer panel into view on a phone', () => {
  it('does not scroll when the panel already shows', () => {
    expect(revealOffset({ panelBottom: 600, viewport: 640, keepTops: [100] })).toBe(0);
  });

  it('scrolls just enough for the panel’s bottom to show, with a margin', () => {
    // 360×640: the confidence buttons end at 900; the excerpt text starts at 400.
    expect(revealOffset({ panelBottom: 900, viewport: 640, keepTops: [400] })).toBe(268);
  });

  it('never pushes the excerpt text or the focused word above the screen', () => {
    expect(revealOffset({ panelBottom: 1200, viewport: 640, keepTops: [300, 320] })).toBe(292);
    expect(revealOffset({ panelBottom: 1200, viewport: 640, keepTops: [-20] })).toBe(0);
  });
});
