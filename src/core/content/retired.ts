/**
 * Excerpt ids taken out of the answer key. Ids are stored in players' progress (answers,
 * review cards), so a retired id is never given to another excerpt: a new excerpt takes the
 * next free number of its article. The content check refuses an excerpt with one of these
 * ids; each says, for the printed key's gaps, why it went.
 */
export const RETIRED_EXCERPTS: Readonly<Record<string, string>> = {
  '000-03': 'same lesson as 000-05, and no state source for « unités de soutien logistique » (review 1)',
  '000-06': '« les sources sur le terrain indiquent… »: estimate and opinion equally defensible (review 1)',
  '000-08': '« cette « solidarité » » attributed to the Kremlin: opinion and propaganda both defensible (review 2)',
  '000-12': 'redundant opinion (« Ce narratif est puissant »), retired to balance the key (review 2)',
  '000-19': '« Tokyo et Séoul y voient… »: no hedge, no evaluator, no statement; fact, estimate and opinion all defensible (review 2)',
  '001-03': 'redundant opinion (« ce n’est pas… c’est… », taught by 000-02), retired to balance the key (review 2)',
  '001-06': 'redundant opinion (a description of rhetoric, taught by 000-11, 001-20, 003-08), retired to balance the key (review 2)',
  '001-09':
    '« ont franchi un pas décisif en signant… »: the main verb judges and the signing is corroborated: fact and opinion both defensible; its judging half, « Moscou et Pyongyang ont franchi un pas décisif », is 001-22 (reviews 5 and 6)',
  '001-17': 'redundant opinion (first person and an image, taught by 001-01 and 000-09), retired to balance the key (review 2)',
  '001-18': '« décrites comme disciplinées… »: no evaluator, no hedge; opinion, estimate and propaganda all defensible (review 3)',
  '001-22':
    '« Moscou et Pyongyang ont franchi un pas décisif »: cut away from its act (« En 2024 », « en signant un pacte »), a cliché many pupils read as narration; replaced by 001-23, the same paragraph’s clear judgement of the pact (review 7)',
  '002-08': 'a vague trend (« ces dernières années »), not a fact (review 1)',
  '004-11': 'no quotation marks, no source: fact, opinion and propaganda all defensible (review 1)',
  '004-13': '« pourrait bouleverser… » right before « Les analystes redoutent… »: opinion and estimate both defensible (review 3)',
  '004-15': 'redundant opinion (« un moment clé »), retired to balance the key (review 2)',
  '004-16': 'redundant opinion (« n’est pas qu’un… : c’est… », taught by 000-02), retired to balance the key (review 2)',
  '004-17': '« Beaucoup insistent… »: an anonymous « many », estimate and opinion equally defensible (review 2)',
  '004-18': '« souvent mal équipées… »: whether the paragraph’s « Selon les renseignements » covers it is undecidable (review 2)',
};
