import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import type { Category } from '../../../../src/core/categories';
import type { Article, ContentBundle, Excerpt, Relation } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { deriveInvestigations } from '../../../../src/core/investigations/derive';
import { flawLine, SYNTHESIS_ANSWERS } from '../../../../src/core/investigations/questions';
import {
  allClassified,
  answerSynthesis,
  classifyPassage,
  isUnlocked,
  recordResult,
  startInvestigation,
  toQuestion,
} from '../../../../src/core/investigations/play';
import { InvestigationsRecord, mergeInvestigations } from '../../../../src/core/investigations/record';

type Link = [string, Relation];
function excerpt(id: string, category: Category, related: Link[], extra: Partial<Excerpt> = {}, offset = 0): Excerpt {
  return {
    id,
    article: id.slice(0, 3),
    category,
    text: `Texte ${id}.`,
    position: { block: 0, offset },
    related: related.map(([other, relation]) => ({ id: other, relation })),
    short: { fr: `Court ${id}.`, en: `Short ${id}.` },
    ...extra,
  } as unknown as Excerpt;
}

/** A small content: a topic on which all agree, one whose figures differ, a contradiction, and links that leave the key unclear. */
const FIXTURE: ContentBundle = {
  articles: ['000', '001', '002', '003', '004'].map((id) => ({ id }) as unknown as Article),
  excerpts: [
    // Topic "date": three articles agree (links written on one side only count for both).
    excerpt(
      '000-01',
      'fact',
      [
        ['001-01', 'agrees'],
        ['002-01', 'agrees'],
      ],
      { topic: 'date' },
    ),
    excerpt('001-01', 'fact', [['002-01', 'agrees']], { topic: 'date' }),
    excerpt('002-01', 'opinion', [], { topic: 'date' }),
    // Topic "troops": two estimates that differ, and one passage of the same article (not a pair).
    excerpt('001-03', 'estimate', [['003-01', 'differs']], { topic: 'troops' }, 40),
    excerpt('001-02', 'estimate', [], { topic: 'troops' }, 10),
    excerpt('003-01', 'estimate', [['001-02', 'differs']], { topic: 'troops' }),
    // A contradiction between two articles, one of them flagged by the key (⚠ in both languages).
    excerpt('000-02', 'propaganda', [['004-01', 'contradicts']], {
      short: { fr: 'Citation. ⚠ Aucune source. Autre.', en: 'Quote. ⚠ No source. Other.' },
    }),
    excerpt('004-01', 'fact', [
      ['000-02', 'contradicts'],
      ['003-02', 'agrees'],
    ]),
    // Topic "mixed": one pair agrees, the other differs: no single answer, no investigation.
    excerpt(
      '003-02',
      'fact',
      [
        ['004-02', 'agrees'],
        ['002-02', 'differs'],
      ],
      { topic: 'mixed' },
    ),
    excerpt('004-02', 'fact', [['002-02', 'differs']], { topic: 'mixed' }),
    excerpt('002-02', 'estimate', [], { topic: 'mixed' }),
    // Topic "unlinked": two articles, no link between them: the key says nothing, no investigation.
    excerpt('000-03', 'estimate', [], { topic: 'unlinked' }),
    excerpt('002-03', 'estimate', [], { topic: 'unlinked' }),
    // A contradiction with no passage flagged: its only question would be "contradict", given by the link itself: left out.
    excerpt('001-05', 'opinion', [['002-05', 'contradicts']]),
    excerpt('002-05', 'fact', []),
    // A contradiction both of whose passages are flagged: no one answer, left out.
    excerpt('001-06', 'opinion', [['002-06', 'contradicts']], { short: { fr: '⚠ a.', en: '⚠ a.' } }),
    excerpt('002-06', 'opinion', [], { short: { fr: '⚠ b.', en: '⚠ b.' } }),
    // A contradiction flagged in one language only: the key is not clear, left out.
    excerpt('001-07', 'opinion', [['002-07', 'contradicts']], { short: { fr: '⚠ a.', en: 'a.' } }),
    excerpt('002-07', 'fact', []),
    // Topic "count": figures, two estimates and one announced figure: which one is not an estimate.
    excerpt('000-06', 'estimate', [['003-06', 'differs']], { topic: 'count', figure: { fr: '10', en: '10' } }),
    excerpt('003-06', 'fact', [['004-06', 'differs']], { topic: 'count', figure: { fr: '6 000', en: '6,000' } }),
    excerpt('004-06', 'estimate', [['000-06', 'agrees']], { topic: 'count', figure: { fr: '12', en: '12' } }),
    // Topic "pair": two figures, one estimate: which one is the estimate (relations left unlinked).
    excerpt('000-07', 'propaganda', [], { topic: 'pair', figure: { fr: 'a', en: 'a' } }),
    excerpt('003-07', 'estimate', [], { topic: 'pair', figure: { fr: 'b', en: 'b' } }),
    // Topic "nofigure": one estimate and one fact, but one passage gives no figure: not a figures question.
    excerpt('000-08', 'fact', [], { topic: 'nofigure' }),
    excerpt('003-08', 'estimate', [], { topic: 'nofigure', figure: { fr: 'c', en: 'c' } }),
    // A contradiction the other side calls agreement: arguable, left out.
    excerpt('000-04', 'opinion', [['003-03', 'contradicts']]),
    excerpt('003-03', 'fact', [['000-04', 'agrees']]),
    // Topic "alone": one article only.
    excerpt('004-03', 'estimate', [], { topic: 'alone' }),
    excerpt('004-04', 'estimate', [], { topic: 'alone' }),
  ],
};

describe('deriveInvestigations on a fixture content', () => {
  const investigations = deriveInvestigations(FIXTURE);

  it('makes one investigation per point the key is clear on, topics first, each with the question the key answers', () => {
    expect(investigations.map((i) => [i.id, i.question.kind, i.question.answer])).toEqual([
      ['topic:count', 'figures', '003-06'],
      ['topic:date', 'relation', 'agrees'],
      ['topic:pair', 'figures', '003-07'],
      ['topic:troops', 'relation', 'differs'],
      ['link:000-02~004-01', 'flaw', '000-02'],
    ]);
  });

  it('offers the relations, or the passages in their order, as the choices', () => {
    const byId = new Map(investigations.map((i) => [i.id, i.question]));
    expect(byId.get('topic:date')).toEqual({ kind: 'relation', choices: ['agrees', 'differs', 'contradicts'], answer: 'agrees' });
    expect(byId.get('topic:count')).toEqual({ kind: 'figures', choices: ['000-06', '003-06', '004-06'], answer: '003-06', oddIsEstimate: false });
    expect(byId.get('topic:pair')).toEqual({ kind: 'figures', choices: ['000-07', '003-07'], answer: '003-07', oddIsEstimate: true });
    expect(byId.get('link:000-02~004-01')).toEqual({ kind: 'flaw', choices: ['000-02', '004-01'], answer: '000-02' });
  });

  it('reads the flagged line of a short explanation up to the end of its sentence', () => {
    expect(flawLine('Citation. ⚠ Aucune source. Autre.')).toBe('⚠ Aucune source.');
    expect(flawLine('Fait. ⚠ Ni date ni texte de la lettre.')).toBe('⚠ Ni date ni texte de la lettre.');
    expect(flawLine('Fait, sans défaut.')).toBeNull();
  });

  it('lists the passages by article, then in reading order, with their articles', () => {
    const troops = investigations.find((i) => i.id === 'topic:troops');
    expect(troops?.excerptIds).toEqual(['001-02', '001-03', '003-01']);
    expect(troops?.articles).toEqual(['001', '003']);
    expect(troops?.kind).toBe('topic');
    expect(troops?.topic).toBe('troops');
    const link = investigations.find((i) => i.kind === 'contradiction');
    expect(link?.excerptIds).toEqual(['000-02', '004-01']);
    expect(link?.topic).toBeUndefined();
  });

  it('is deterministic and does not depend on the order of the content', () => {
    const shuffled = { ...FIXTURE, excerpts: [...FIXTURE.excerpts].reverse() };
    expect(deriveInvestigations(shuffled)).toEqual(investigations);
    expect(deriveInvestigations(FIXTURE)).toEqual(investigations);
  });

  it('brings a new investigation with new content, and none from a link to an unknown excerpt', () => {
    const more: ContentBundle = {
      ...FIXTURE,
      excerpts: [
        ...FIXTURE.excerpts,
        excerpt('002-09', 'opinion', [
          ['003-09', 'contradicts'],
          ['404-01', 'contradicts'],
        ]),
        excerpt('003-09', 'fact', []),
      ],
    };
    expect(deriveInvestigations(more).map((i) => i.id)).toEqual(investigations.map((i) => i.id));
    const flaggedMore: ContentBundle = {
      ...more,
      excerpts: more.excerpts.map((e) => (e.id === '003-09' ? { ...e, short: { fr: 'Fait. ⚠ Faux.', en: 'Fact. ⚠ False.' } } : e)),
    };
    expect(deriveInvestigations(flaggedMore).map((i) => i.id)).toEqual([...investigations.map((i) => i.id), 'link:002-09~003-09']);
  });
});

describe('playing an investigation', () => {
  const date = deriveInvestigations(FIXTURE).find((i) => i.id === 'topic:date');
  if (!date) throw new Error('fixture: no investigation');
  const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;

  it('classifies each passage (changeable), then asks the question, then scores against the key', () => {
    let progress = startInvestigation(date, at(0));
    expect(toQuestion(date, progress, at(1))).toBe(progress); // nothing classified yet
    progress = classifyPassage(date, progress, '000-01', 'opinion', at(1));
    progress = classifyPassage(date, progress, '000-01', 'fact', at(2));
    progress = classifyPassage(date, progress, '001-01', 'estimate', at(3));
    expect(classifyPassage(date, progress, '003-01', 'fact', at(4))).toBe(progress); // not one of its passages
    expect(allClassified(date, progress)).toBe(false);
    expect(answerSynthesis(date, progress, FIXTURE, 'agrees', at(4))).toBeNull(); // question not reached
    progress = classifyPassage(date, progress, '002-01', 'opinion', at(4));
    progress = toQuestion(date, progress, at(5));
    expect(progress.phase).toBe('question');
    // Final once the question is on show.
    expect(classifyPassage(date, progress, '001-01', 'fact', at(6))).toBe(progress);
    expect(answerSynthesis(date, progress, FIXTURE, 'agrees', at(6))).toEqual({
      at: at(6),
      passages: 3,
      passagesRight: 2,
      synthesis: 'agrees',
      synthesisRight: true,
    });
    expect(answerSynthesis(date, progress, FIXTURE, 'differs', at(6))?.synthesisRight).toBe(false);
  });

  it('keeps the better result, and nothing left unfinished once done', () => {
    const good = { at: at(1), passages: 3, passagesRight: 3, synthesis: 'agrees' as const, synthesisRight: true };
    const worse = { ...good, at: at(2), passagesRight: 1, synthesis: 'differs' as const, synthesisRight: false };
    const record = recordResult({ results: {}, current: startInvestigation(date, at(0)) }, date.id, good);
    expect(recordResult(record, date.id, worse)).toEqual({ results: { [date.id]: good } });
  });

  it('opens once the dossier of one of its articles is completed', () => {
    expect(isUnlocked(date, new Set())).toBe(false);
    expect(isUnlocked(date, new Set(['004']))).toBe(false);
    expect(isUnlocked(date, new Set(['002']))).toBe(true);
  });
});

describe('mergeInvestigations (two tabs)', () => {
  const result = (at: string, right: boolean) => ({ at, passages: 2, passagesRight: 1, synthesis: 'agrees' as const, synthesisRight: right });
  const a: InvestigationsRecord = {
    results: { x: result('2026-03-01T09:00:00.000Z', true), y: result('2026-03-01T09:00:00.000Z', false) },
    current: { id: 'z', startedAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:05:00.000Z', answers: {}, phase: 'classify' },
  };
  const b: InvestigationsRecord = {
    results: { y: result('2026-03-01T10:00:00.000Z', true), z: result('2026-03-01T10:00:00.000Z', true) },
  };

  it('keeps each better result, drops an unfinished one finished since, and is commutative', () => {
    const merged = mergeInvestigations(a, b);
    expect(merged).toEqual({ results: { x: a.results.x, y: b.results.y, z: b.results.z } });
    expect(mergeInvestigations(b, a)).toEqual(merged);
    expect(mergeInvestigations(a, undefined)).toBe(a);
    expect(mergeInvestigations(a, { results: {} })).toEqual(a);
  });
});

describe('the investigations of the shipped content', () => {
  const { bundle } = validateContent(readContent().input, { minimums: false });
  if (!bundle) throw new Error('the shipped content does not validate');
  const investigations = deriveInvestigations(bundle);
  const byId = new Map(bundle.excerpts.map((e) => [e.id, e]));

  it('exist, each on at least two articles, each passage an excerpt of the content', () => {
    expect(investigations.length).toBeGreaterThanOrEqual(3);
    for (const investigation of investigations) {
      expect(investigation.articles.length, investigation.id).toBeGreaterThanOrEqual(2);
      const articles = new Set(investigation.excerptIds.map((id) => byId.get(id)?.article));
      expect([...articles].sort(), investigation.id).toEqual(investigation.articles);
    }
  });

  it('each have one right answer by the key, for the kind of question it asks', () => {
    for (const investigation of investigations) {
      const { question } = investigation;
      const passages = investigation.excerptIds.map((id) => byId.get(id) as Excerpt);
      if (question.kind === 'relation') {
        expect(investigation.kind, investigation.id).toBe('topic');
        expect(SYNTHESIS_ANSWERS).toContain(question.answer);
        for (const p of passages) {
          for (const q of passages) {
            if (p.article === q.article) continue;
            const relations = [...p.related.filter((l) => l.id === q.id), ...q.related.filter((l) => l.id === p.id)].map((l) => l.relation);
            expect(relations.length, `${investigation.id}: ${p.id}–${q.id}`).toBeGreaterThan(0);
            expect(new Set(relations), `${investigation.id}: ${p.id}–${q.id}`).toEqual(new Set([question.answer]));
          }
        }
        continue;
      }
      expect(question.choices, investigation.id).toEqual(investigation.excerptIds);
      const answer = byId.get(question.answer) as Excerpt;
      const others = passages.filter((p) => p.id !== answer.id);
      if (question.kind === 'flaw') {
        // The answer alone carries the key's ⚠, in both languages; none of the others in either.
        expect(
          [answer.short.fr, answer.short.en].every((text) => text.includes('⚠')),
          investigation.id,
        ).toBe(true);
        for (const other of others) expect(`${other.short.fr}${other.short.en}`.includes('⚠'), other.id).toBe(false);
      } else {
        expect(passages.every((p) => p.figure !== undefined)).toBe(true);
        const isEstimate = (p: Excerpt) => p.category === 'estimate';
        expect(isEstimate(answer)).toBe(question.oddIsEstimate);
        for (const other of others) expect(isEstimate(other), other.id).toBe(!question.oddIsEstimate);
      }
    }
  });

  it('ask more than one kind of question, and never "contradict" of a contradiction link', () => {
    expect(new Set(investigations.map((i) => i.question.kind)).size).toBeGreaterThanOrEqual(2);
    for (const investigation of investigations.filter((i) => i.kind === 'contradiction')) {
      expect(investigation.question.kind, investigation.id).not.toBe('relation');
    }
    // Today's content, as the key reads: the troops' figures (only KCNA's "sous-unités" is no estimate),
    // and the op-ed's unsourced "missions de soutien" in both contradictions.
    expect(Object.fromEntries(investigations.map((i) => [i.id, [i.question.kind, i.question.answer]]))).toEqual({
      'topic:losses': ['relation', 'differs'],
      'topic:pact-date': ['relation', 'agrees'],
      'topic:troops-deployed': ['figures', '003-04'],
      'link:000-05~003-04': ['flaw', '000-05'],
      'link:000-05~004-10': ['flaw', '000-05'],
    });
  });

  it('explain a flaw answer by its flagged line, in both languages', () => {
    for (const investigation of investigations.filter((i) => i.question.kind === 'flaw')) {
      const answer = byId.get(investigation.question.answer) as Excerpt;
      for (const language of ['fr', 'en'] as const) {
        const line = flawLine(answer.short[language]);
        expect(line, `${answer.id} ${language}`).toMatch(/^⚠ .{10,}[.!?…]$/u);
      }
    }
  });

  it('have unique ids, and the saved record schema accepts a result of each', () => {
    expect(new Set(investigations.map((i) => i.id)).size).toBe(investigations.length);
    const results = Object.fromEntries(
      investigations.map((i) => [
        i.id,
        { at: '2026-03-01T09:00:00.000Z', passages: i.excerptIds.length, passagesRight: 0, synthesis: i.question.answer, synthesisRight: true },
      ]),
    );
    expect(v.is(InvestigationsRecord, { results })).toBe(true);
  });

  it('still load a record saved before the new questions (a relation answer to a contradiction link)', () => {
    const old = {
      current: {
        id: 'topic:troops-deployed',
        startedAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:01:00.000Z',
        answers: { '001-12': 'estimate' },
        phase: 'question',
      },
      results: {
        'link:000-05~004-10': { at: '2026-03-01T09:00:00.000Z', passages: 2, passagesRight: 2, synthesis: 'contradicts', synthesisRight: true },
      },
    };
    expect(v.is(InvestigationsRecord, old)).toBe(true);
    expect(v.is(InvestigationsRecord, { results: { x: { ...old.results['link:000-05~004-10'], synthesis: 'anything' } } })).toBe(false);
  });
});
