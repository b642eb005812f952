/**
 * The "frog king" paragraph of Knuth & Plass, "Breaking Paragraphs into Lines" (1981), reprinted as chapter 3
 * of Knuth's *Digital Typography* (1999), built as the book describes on p. 75: widths in machine units of
 * 1/18 em; every letter a box; interword glue of width 6, stretch 3, shrink 2, except after a comma (6, 4, 2),
 * a semicolon (6, 4, 1) or a period (8, 6, 1); a hyphenation point is a flagged penalty of 50 with the
 * hyphen's width 6; an explicit hyphen is a box followed by a flagged penalty of 50 and width 0; the paragraph
 * ends with penalty(∞), fil glue and a flagged forced break (the breaker ignores the flag at the paragraph's
 * end; `finalHyphenDemerits` does that job). The hyphenation points are those of the book's figures.
 * We could not read the book itself: these data are as the tex-linebreak project reads it
 * (robertknight/tex-linebreak, test/layout-test.ts, citing these pages); the code is ours.
 */
import { box, glue, penalty } from '../../src/linebreak/index.js';
import type { Item } from '../../src/linebreak/index.js';

/** Monotype widths in units of 1/18 em, *Digital Typography* p. 75. */
const CHARACTER_WIDTHS: Readonly<Record<string, number>> = {
  ...widthsFor('il,.;’', 5),
  ...widthsFor('fjI-', 6),
  ...widthsFor('rst', 7),
  ...widthsFor('cez', 8),
  ...widthsFor('agov', 9),
  ...widthsFor('bdhknpquxy', 10),
  ...widthsFor('wC', 13),
  ...widthsFor('m', 15),
};

function widthsFor(characters: string, width: number): Record<string, number> {
  return Object.fromEntries([...characters].map((character) => [character, width]));
}

/** Hyphenation points are marked with `~`. */
export const FROG_KING_TEXT =
  'In olden times when wish~ing still helped one, there lived a king whose daugh~ters were all beau~ti~ful; ' +
  'and the young~est was so beau~ti~ful that the sun it~self, which has seen so much, was aston~ished ' +
  'when~ever it shone in her face. Close by the king’s castle lay a great dark for~est, and un~der an old ' +
  'lime-tree in the for~est was a well, and when the day was very warm, the king’s child went out into ' +
  'the for~est and sat down by the side of the cool foun~tain; and when she was bored she took a golden ' +
  'ball, and threw it up on high and caught it; and this ball was her favor~ite play~thing.';

const HYPHEN_WIDTH = 6;
const HYPHEN_PENALTY = 50;

export interface FrogKingItems {
  items: Item[];
  /** The text each item stands for, to print lines: a word piece, ' ' for glue, '-' for a hyphen point. */
  texts: string[];
}

/** The item list; with `indent`, a leading 1-em box (18 units) as the paragraph indent. */
export function frogKingItems(indent: boolean): FrogKingItems {
  const items: Item[] = [];
  const texts: string[] = [];
  const add = (item: Item, text: string): void => {
    items.push(item);
    texts.push(text);
  };
  if (indent) add(box(18), '');
  const words = FROG_KING_TEXT.split(' ');
  words.forEach((word, wordIndex) => {
    const pieces = word.split(/([~-])/);
    for (const piece of pieces) {
      if (piece === '~') add(penalty(HYPHEN_WIDTH, HYPHEN_PENALTY, true), '-');
      else if (piece === '-') {
        add(box(CHARACTER_WIDTHS['-']!), '-');
        add(penalty(0, HYPHEN_PENALTY, true), '');
      } else if (piece !== '') add(box(widthOf(piece)), piece);
    }
    if (wordIndex < words.length - 1) add(interwordGlue(word.at(-1)!), ' ');
  });
  add(penalty(0, Infinity), '');
  add(glue(0, Infinity, 0), '');
  add(penalty(0, -Infinity, true), '');
  return { items, texts };
}

function widthOf(piece: string): number {
  let width = 0;
  for (const character of piece) {
    const characterWidth = CHARACTER_WIDTHS[character];
    if (characterWidth === undefined) throw new Error(`no width for ${JSON.stringify(character)}`);
    width += characterWidth;
  }
  return width;
}

function interwordGlue(lastCharacter: string): Item {
  if (lastCharacter === ',') return glue(6, 4, 2);
  if (lastCharacter === ';') return glue(6, 4, 1);
  if (lastCharacter === '.') return glue(8, 6, 1);
  return glue(6, 3, 2);
}
