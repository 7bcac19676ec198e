import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate } from '../../../../src/ui/shared/format';

describe('dates follow the browser’s own variant of the interface language', () => {
  it('takes the first browser locale of the same language, else France’s French or British English', () => {
    expect(dateLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(dateLocale('en', ['fr-FR', 'en-US'])).toBe('en-US');
    expect(dateLocale('en', ['fr-FR'])).toBe('en-GB');
    expect(dateLocale('fr', ['en-GB', 'fr-CA'])).toBe('fr-CA');
    expect(dateLocale('fr', [])).toBe('fr-FR');
  });

  it('writes the day before the month in British English (the browser here says en-GB)', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en-GB'], language: 'en-GB' }, configurable: true });
    try {
      expect(formatDate('2026-12-02T12:00:00.000Z', 'en', 'medium')).toBe('2 Dec 2026');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else Reflect.deleteProperty(globalThis, 'navigator');
    }
  });
});
