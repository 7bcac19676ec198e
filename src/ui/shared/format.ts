/** Numbers and dates in the player's language (French puts a thin space before %, a comma in decimals). */
import type { Language } from '../../core/progress/records';

/**
 * The locale dates are written in: the browser's own for the interface's language (en-GB writes
 * "2 Dec 2026", en-US "Dec 2, 2026"), else France's French or British English.
 */
export function dateLocale(language: Language, browserLocales: readonly string[] = browserLanguages()): string {
  const own = browserLocales.find((locale) => locale.toLowerCase().split('-')[0] === language);
  return own && Intl.DateTimeFormat.supportedLocalesOf([own]).length > 0 ? own : language === 'fr' ? 'fr-FR' : 'en-GB';
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

const percentFormats = new Map<Language, Intl.NumberFormat>();

export function formatPercent(rate: number, language: Language): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(language, format);
  }
  return format.format(rate);
}

export function formatDecimal(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDate(iso: string, language: Language, style: 'long' | 'medium' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: style }).format(date);
}

export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(dateLocale(language), { timeStyle: 'short' }).format(date);
}

/** "12/03" / "3/12": short enough for a chart axis. */
export function formatShortDay(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'numeric' }).format(date);
}

const pointFormats = new Map<Language, Intl.NumberFormat>();

/** A number of points with its sign: "+350", "−600" (a true minus sign), "0". */
export function formatSigned(value: number, language: Language): string {
  // One formatter per language: making one costs about a millisecond, and the feedback shows points at every answer.
  let format = pointFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB');
    pointFormats.set(language, format);
  }
  const digits = format.format(Math.abs(value));
  return value > 0 ? `+${digits}` : value < 0 ? `\u2212${digits}` : digits;
}
