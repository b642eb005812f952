import type { Article, PullQuote } from '../article/types.js';
import { InputError } from '../errors.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import type { Frame } from '../positioned/types.js';
import type { FloatRequest, PlacedFloat } from './floats.js';
import { setTextBlock, type BlockBox } from './textBlock.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;
type PullQuoteSlot = BodyBlock['pullQuotes'][number];

/**
 * The article's pull quotes in the body's slots, as float requests. A slot whose quote the article lacks is an error
 * unless it is optional; a quote with no slot is not printed, with a warning.
 */
export function pullQuoteFloats(typesetter: Typesetter, article: Article, slots: readonly PullQuoteSlot[], where: string): FloatRequest[] {
  const quotes = article.pullQuotes ?? [];
  const layoutFile = typesetter.layout.filePath;
  quotes.forEach((_quote, index) => {
    if (!slots.some((slot) => slot.quote === index + 1)) typesetter.warn(`pullQuotes[${index}]`, `no slot in ${layoutFile}; not printed`);
  });
  return slots.flatMap((slot, index): FloatRequest[] => {
    const slotWhere = `${where}.pullQuotes[${index}]`;
    const quote = quotes[slot.quote - 1];
    if (!quote) {
      if (slot.optional) return [];
      const has = quotes.length === 0 ? 'it has none' : `it has ${quotes.length}`;
      throw new InputError(layoutFile, `${slotWhere}.quote`, `the article ${article.filePath} has no pull quote ${slot.quote}; ${has} (an optional slot may stay empty)`);
    }
    return [
      {
        columns: slot.columns,
        position: slot.position,
        rowOffset: slot.rowOffset,
        spacePt: slot.spacePt,
        where: slotWhere,
        name: 'the pull quote',
        contents: 'the pull quote and its attribution',
        sizeField: 'columns',
        setAt: (box) => setPullQuote(typesetter, quote, slot, box, slotWhere),
      },
    ];
  });
}

/** The quote in its style, then "— attribution" one line of the attribution style below its last baseline. */
export function setPullQuote(typesetter: Typesetter, quote: PullQuote, slot: PullQuoteSlot, box: BlockBox, where: string): PlacedFloat {
  const quoteBlock = setTextBlock(typesetter, typesetter.plainParagraph(quote.text), typesetter.style(slot.style), box, 'pullQuote', where);
  const frames: Frame[] = [quoteBlock.frame];
  if (quote.attribution === undefined) return { frames, bottomPt: quoteBlock.bottomPt };
  const style = typesetter.style(slot.attributionStyle);
  const lastBaselinePt = quoteBlock.frame.lines.at(-1)?.baselinePt ?? box.topPt;
  const topPt = lastBaselinePt + style.leadingPt - typesetter.capHeightPt(style);
  // The dash kept with the name's first word.
  const text = `\u2014\u00A0${quote.attribution}`;
  const attribution = setTextBlock(typesetter, typesetter.plainParagraph(text), style, { ...box, topPt }, 'pullQuote', `${where} attribution`);
  frames.push(attribution.frame);
  return { frames, bottomPt: attribution.bottomPt };
}
