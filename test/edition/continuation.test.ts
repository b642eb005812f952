import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { continuationArticle, jumpHeadline, paragraphFrom } from '../../src/edition/continuation.js';

const paragraph = { spans: [{ text: 'The ferry ', italic: false, bold: false }, { text: 'resumed', italic: true, bold: false }, { text: ' its evening run.', italic: false, bold: false }] };

describe('paragraphFrom', () => {
  it('starts at a word, keeping the emphasis of the words after it', () => {
    expect(paragraphFrom(paragraph, 2, 0).spans).toEqual([{ text: 'resumed', italic: true, bold: false }, { text: ' its evening run.', italic: false, bold: false }]);
  });

  it('starts inside a word that a line end broke, after the characters already set (soft hyphens not counted)', () => {
    const soft = { spans: [{ text: 'an even\u00ADing run', italic: false, bold: false }] };
    expect(paragraphFrom(soft, 1, 4).spans).toEqual([{ text: 'ing run', italic: false, bold: false }]);
  });
});

describe('continuationArticle', () => {
  const article: Article = {
    filePath: 'a.md', headline: 'River ferry returns with a longer timetable', deck: 'A deck', lang: 'en-GB', dropCap: true, images: [{ id: 'p', srcPath: 'p.jpg', caption: 'c', credit: 'x', alt: 'c' }],
    body: [{ spans: [{ text: 'Alpha bravo charlie.', italic: false, bold: false }] }, paragraph],
  };

  it('holds the rest of the story under the jump headline, without what the start printed', () => {
    const rest = continuationArticle(article, { paragraphIndex: 1, wordIndex: 1, charactersSet: 0 }, false);
    expect(rest.headline).toBe('River ferry returns');
    expect(rest.body.map((each) => each.spans.map((span) => span.text).join(''))).toEqual(['ferry resumed its evening run.']);
    expect([rest.deck, rest.images, rest.dropCap]).toEqual([undefined, [], false]);
  });

  it('counts the opening paragraph without the initial a drop cap took', () => {
    const opening = { ...article, body: [{ spans: [{ text: 'A ferry ran.', italic: false, bold: false }] }] };
    // Beside the drop cap the flow set " ferry ran." as its own paragraph: word 1 is "ran.".
    expect(continuationArticle(opening, { paragraphIndex: 0, wordIndex: 1, charactersSet: 0 }, true).body[0]!.spans[0]!.text).toBe('ran.');
  });

  it('uses the article’s own jump headline, else the headline’s first words not ending on a weak word', () => {
    expect(jumpHeadline({ ...article, jumpHeadline: 'Ferry' })).toBe('Ferry');
    expect(jumpHeadline({ ...article, headline: 'Council agrees budget after a long night' })).toBe('Council agrees budget');
    expect(jumpHeadline({ ...article, headline: 'Storm in the valley' })).toBe('Storm');
  });
});
