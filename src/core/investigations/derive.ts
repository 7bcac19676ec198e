/**
 * Investigations (enquêtes) derived from the content, never listed by hand: one per point that
 * several articles speak to. A point is either a `topic` several articles give figures on, or a
 * `contradicts` link between two articles' passages. Each comes with one synthesis question whose
 * answer follows from the key (questions.ts: a flaw only one passage has, the one figure that is or
 * is not an estimate, the relation every pair shares). Where the key cannot say one answer
 * unambiguously, there is no question, so no investigation: an arguable answer key would cost the
 * game its trust.
 */
import { otherArticlesView } from '../content/related';
import type { ArticleId, ContentBundle, Excerpt, Relation } from '../content/schema';
import { type SynthesisQuestion, synthesisQuestion } from './questions';

export type InvestigationKind = 'topic' | 'contradiction';

export interface Investigation {
  /** Stable id, saved with results: `topic:<topic>` or `link:<excerpt id>~<excerpt id>`. */
  id: string;
  kind: InvestigationKind;
  /** The content's topic key (kind `topic`): the locales name it, as for the figures table. */
  topic?: string;
  /** The passages, by article then reading order. */
  excerptIds: string[];
  /** The articles the passages come from, at least two, sorted. */
  articles: ArticleId[];
  /** The synthesis question, its choices and its one right answer by the key. */
  question: SynthesisQuestion;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inReadingOrder(excerpts: readonly Excerpt[]): Excerpt[] {
  return [...excerpts].sort(
    (a, b) => compare(a.article, b.article) || a.position.block - b.position.block || a.position.offset - b.position.offset || compare(a.id, b.id),
  );
}

/**
 * The relation between two passages of different articles as each one's "other articles" view
 * gives it (its own link first, else the other side's); null when they are not linked, or when
 * the two sides say different things.
 */
function relationBetween(bundle: ContentBundle, a: string, b: string): Relation | null {
  const fromA = otherArticlesView(bundle, a).related.find((passage) => passage.excerpt.id === b)?.relation;
  const fromB = otherArticlesView(bundle, b).related.find((passage) => passage.excerpt.id === a)?.relation;
  if (!fromA || !fromB || fromA !== fromB) return null;
  return fromA;
}

/** The one relation every pair of passages from different articles has (null when they do not share one). */
function sharedRelation(bundle: ContentBundle, excerpts: readonly Excerpt[]): Relation | null {
  let shared: Relation | null = null;
  for (const [i, a] of excerpts.entries()) {
    for (const b of excerpts.slice(i + 1)) {
      if (a.article === b.article) continue;
      const relation = relationBetween(bundle, a.id, b.id);
      if (relation === null || (shared !== null && relation !== shared)) return null;
      shared = relation;
    }
  }
  return shared;
}

function build(bundle: ContentBundle, id: string, kind: InvestigationKind, excerpts: readonly Excerpt[], topic?: string): Investigation | null {
  const ordered = inReadingOrder(excerpts);
  const articles = [...new Set(ordered.map((e) => e.article))].sort(compare);
  if (articles.length < 2) return null;
  const question = synthesisQuestion(ordered, { topic: kind === 'topic', relation: sharedRelation(bundle, ordered) });
  if (question === null) return null;
  return { id, kind, ...(topic === undefined ? {} : { topic }), excerptIds: ordered.map((e) => e.id), articles, question };
}

/** Every investigation the content holds: topics first (by topic key), then contradictions (by id). */
export function deriveInvestigations(bundle: ContentBundle): Investigation[] {
  const byId = new Map(bundle.excerpts.map((e) => [e.id, e]));
  const byTopic = new Map<string, Excerpt[]>();
  for (const excerpt of bundle.excerpts) {
    if (excerpt.topic === undefined) continue;
    byTopic.set(excerpt.topic, [...(byTopic.get(excerpt.topic) ?? []), excerpt]);
  }
  const topics: Investigation[] = [];
  for (const topic of [...byTopic.keys()].sort(compare)) {
    const investigation = build(bundle, `topic:${topic}`, 'topic', byTopic.get(topic) ?? [], topic);
    if (investigation) topics.push(investigation);
  }

  const links = new Map<string, [Excerpt, Excerpt]>();
  for (const excerpt of bundle.excerpts) {
    for (const link of excerpt.related) {
      const other = byId.get(link.id);
      if (link.relation !== 'contradicts' || !other || other.article === excerpt.article) continue;
      // A contradiction inside a topic is that topic's investigation already.
      if (excerpt.topic !== undefined && excerpt.topic === other.topic) continue;
      const pair = [excerpt, other].sort((a, b) => compare(a.id, b.id)) as [Excerpt, Excerpt];
      links.set(`link:${pair[0].id}~${pair[1].id}`, pair);
    }
  }
  const contradictions: Investigation[] = [];
  for (const id of [...links.keys()].sort(compare)) {
    const investigation = build(bundle, id, 'contradiction', links.get(id) ?? []);
    if (investigation) contradictions.push(investigation);
  }
  return [...topics, ...contradictions];
}

const derived = new WeakMap<ContentBundle, readonly Investigation[]>();
/** The content's investigations, derived once per content bundle (the reducer and the views ask often). */
export function investigationsOf(bundle: ContentBundle): readonly Investigation[] {
  let list = derived.get(bundle);
  if (!list) {
    list = deriveInvestigations(bundle);
    derived.set(bundle, list);
  }
  return list;
}
