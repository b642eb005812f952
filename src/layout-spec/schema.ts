import { z } from 'zod';

/**
 * The layout file format. Geometry is in millimetres (`…Mm`), type in points (`…Pt`), as a production desk
 * specifies them. `resolveLayout` turns a parsed file into points for the engine.
 */

export const positiveMm = z.number().positive();
export const nonNegativeMm = z.number().nonnegative();
const positiveInteger = () =>
  z
    .number({ error: 'expected a positive integer' })
    .int({ error: 'expected a positive integer' })
    .positive({ error: 'expected a positive integer' });

const fontSource = z
  .object({
    package: z.string().min(1).optional().describe('npm package that ships the font file'),
    file: z.string().min(1).describe('Font file (static TTF/OTF): inside `package` if given, else relative to the layout file'),
  })
  .strict();

export const fontFamily = z
  .object({
    regular: fontSource,
    italic: fontSource.optional(),
    bold: fontSource.optional(),
    boldItalic: fontSource.optional(),
  })
  .strict();

export const textStyle = z
  .object({
    font: z.string().min(1).describe('A family name from `fonts`'),
    bold: z.boolean().default(false),
    italic: z.boolean().default(false),
    sizePt: z.number().positive(),
    leadingPt: z.number().positive().describe('Baseline-to-baseline distance'),
    align: z.enum(['justify', 'left', 'right', 'center']).default('left'),
    firstLineIndentEm: z.number().nonnegative().default(0).describe('Indent of every paragraph but a story’s first'),
    hyphenate: z.boolean().default(false),
    hyphenation: z
      .object({
        minWordLength: z.number().int().min(2).default(5),
        minBefore: z.number().int().min(1).default(2),
        minAfter: z.number().int().min(1).default(3),
        maxConsecutive: z.number().int().min(1).default(2).describe('Hyphenated lines in a row, at most'),
        penalty: z.number().default(50),
        capitalized: z
          .boolean()
          .optional()
          .describe('Hyphenate capitalised words too; default: the language’s custom (German nouns: yes; elsewhere no, names mostly)'),
        capitalizedPenalty: z
          .number()
          .optional()
          .describe('Penalty for hyphenating a capitalised word; default: `penalty`. Set it high to keep names whole but where nothing else fits'),
        acrossColumns: z.boolean().default(false).describe('Allow a hyphen on the last line of a column'),
        exceptions: z.array(z.string()).default([]).describe('Words with their allowed breaks marked by "-", e.g. "ta-ble"'),
      })
      .strict()
      .prefault({}),
    wordSpace: z
      .object({
        stretchPct: z.number().nonnegative().default(50).describe('Stretch of an interword space, % of the font’s space'),
        shrinkPct: z.number().nonnegative().max(100).default(33).describe('Shrink of an interword space, % of the font’s space'),
        maxEm: z
          .number()
          .positive()
          .default(0.5)
          .describe('Justified text: the widest interword space, in em, a paragraph gets before it is set with emergency stretch'),
      })
      .strict()
      .prefault({}),
    expansionPct: z
      .number()
      .min(0)
      .max(5)
      .default(2)
      .describe('Justified text: how far glyphs may be widened or narrowed, in % (as pdfTeX font expansion), one amount per line'),
    letterSpacing: z
      .object({
        stretchEm: z.number().min(0).max(0.1).default(0.02).describe('Justified text: space a line may add between letters, in em'),
        shrinkEm: z.number().min(0).max(0.05).default(0.01).describe('Justified text: space a line may take from between letters, in em'),
      })
      .strict()
      .prefault({}),
    tolerance: z.number().positive().default(200).describe('Knuth–Plass tolerance (badness) of the first pass'),
    uppercase: z.boolean().default(false),
    opticalMargins: z.boolean().default(true).describe('Let punctuation at a line’s edges hang into the margin so edges look straight'),
    typographicQuotes: z.boolean().default(true).describe('Set typewriter quotes (" \') as typographic ones (“ ” ‘ ’)'),
    balanceRagged: z
      .boolean()
      .default(false)
      .describe('Ragged text (headlines, decks, pull quotes): lines as even as they can be at the fewest lines, not a long line over a short one'),
  })
  .strict()
  .refine((style) => !style.balanceRagged || style.align !== 'justify', {
    path: ['balanceRagged'],
    message: 'only ragged text (align left, right or center) is balanced; justified lines are all full',
  });

const columnSpan = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .describe('First and last column, 1-based, inclusive');

const imageRef = z
  .union([z.literal('next'), z.number().int().positive(), z.string().min(1)])
  .describe('The article image: "next" (the first of its photos no slot names and no earlier slot took), its 1-based position in `images`, or its `id`');

const crop = z
  .enum(['centre', 'attention'])
  .default('centre')
  .describe('Which part of a photo a crop to the frame keeps: the centre, or what draws attention (sharp)');

const caption = z
  .object({
    style: z.string().min(1).default('caption').describe('Style of the caption, which ends with "— credit"'),
    gapMm: nonNegativeMm.default(1.5).describe('Space between the photo and the caption'),
  })
  .strict();

/** What a photo slot shares, in a story block or a body's floats: which photo, whether it may be absent, how far copyfitting may resize it. */
const photoSlotFields = {
  image: imageRef,
  optional: z.boolean().default(false).describe('Left out, with no warning, when the article has no photo for it; otherwise that is an error'),
  heightMm: positiveMm,
  minHeightMm: positiveMm.optional().describe('Copyfitting may shrink the photo, by whole grid rows, down to this height; default: `heightMm`'),
  maxHeightMm: positiveMm.optional().describe('Copyfitting may grow the photo, by whole grid rows, up to this height; default: `heightMm`'),
  crop,
  caption: caption.prefault({}),
};

const imageBlock = z
  .object({
    type: z.literal('image'),
    ...photoSlotFields,
    columns: columnSpan.optional(),
    spaceAfterMm: nonNegativeMm.default(3),
  })
  .strict();

const textBlock = z
  .object({
    type: z.enum(['headline', 'deck', 'byline', 'dateline']),
    style: z.string().min(1),
    columns: columnSpan.optional(),
    spaceAfterMm: nonNegativeMm.default(3),
  })
  .strict();

/** Where a float (a photo, a pull quote) sits in the body's columns, with `position`. */
const rowOffset = z
  .number()
  .int()
  .nonnegative()
  .default(0)
  .describe('Grid rows between the float and the top (or bottom) of the body; text fills the rows it leaves');

const floatImage = z
  .object({
    ...photoSlotFields,
    columns: columnSpan,
    position: z.enum(['top', 'bottom']).default('top'),
    rowOffset,
    spaceMm: nonNegativeMm.default(3).describe('Space between the float (with its caption) and the text'),
  })
  .strict();

const pullQuoteSlot = z
  .object({
    quote: z.number().int().positive().describe('The article’s pull quote: its 1-based position in `pullQuotes`'),
    columns: columnSpan,
    position: z.enum(['top', 'bottom']).default('top'),
    rowOffset,
    optional: z.boolean().default(false).describe('An article without this quote leaves the slot to the text, silently'),
    style: z.string().min(1).default('pullQuote').describe('Style of the quote'),
    attributionStyle: z.string().min(1).default('pullQuoteAttribution').describe('Style of the "— name" line under it'),
    spaceMm: nonNegativeMm.default(3).describe('Space between the quote and the text'),
  })
  .strict();

const bodyBlock = z
  .object({
    type: z.literal('body'),
    style: z.string().min(1).default('body'),
    columns: columnSpan.optional(),
    heightMm: z
      .union([positiveMm, z.literal('auto')])
      .optional()
      .describe('Height of the column area; "auto": balanced, ending at its content, the rest of the page left free; default: down to the bottom margin'),
    balance: z.boolean().default(false).describe('End all columns at the same depth, as shallow as the text allows'),
    widows: z.enum(['avoid', 'allow']).default('avoid').describe('A paragraph’s last line alone at the top of a column'),
    orphans: z.enum(['avoid', 'allow']).default('avoid').describe('A paragraph’s first line alone at the foot of a column'),
    dropCap: z
      .object({
        lines: z.number().int().min(2).max(10).default(3),
        style: z.string().min(1).default('dropCap').describe('Style giving the font of the initial (size is computed)'),
        gapMm: nonNegativeMm.default(1.2),
      })
      .strict()
      .optional(),
    floats: z.array(floatImage).default([]),
    crossheads: z
      .object({
        style: z
          .string()
          .min(1)
          .optional()
          .describe('Style of crossheads (`## …` in the article); default `crosshead`, or the body style in bold if the layout has none'),
        spaceAboveRows: z.number().int().nonnegative().default(1).describe('Empty grid rows above a crosshead (none at a column’s top)'),
      })
      .strict()
      .prefault({}),
    pullQuotes: z.array(pullQuoteSlot).default([]).describe('Slots for the article’s pull quotes, placed in the columns as floats are'),
    sourceLine: z
      .object({
        style: z.string().min(1).default('source'),
        format: z.string().includes('{source}').default('({source})'),
      })
      .strict()
      .optional(),
  })
  .strict();

const block = z.discriminatedUnion('type', [imageBlock, textBlock, bodyBlock]);

const story = z.array(block).min(1);

/** A count the article must have: exactly this many, or between `min` and `max` (inclusive). */
const countCondition = z.union([
  z.number().int().nonnegative(),
  z.object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() }).strict(),
]);

const variant = z
  .object({
    name: z.string().min(1).describe('Named in the render\'s output when chosen'),
    when: z
      .object({
        images: countCondition.optional().describe('How many photos the article has'),
        words: countCondition.optional().describe('How many words its body has'),
        deck: z.boolean().optional().describe('Whether it has a deck'),
        byline: z.boolean().optional().describe('Whether it has a byline'),
        dateline: z.boolean().optional().describe('Whether it has a dateline'),
      })
      .strict()
      .default({})
      .describe('What the article must have for this variant; every condition given must hold (none: any article)'),
    story,
  })
  .strict();

/** The PDF profile and what it needs; `render --profile` overrides `profile`. */
const output = z
  .object({
    profile: z
      .enum(['screen', 'print', 'archive'])
      .default('screen')
      .describe('screen: plain PDF; print: PDF/X-4 in CMYK for the plant; archive: tagged PDF/A-2a'),
    inkLimitPct: z.number().min(100).max(400).default(240).describe('print: the most ink a photo may carry, C+M+Y+K in percent (240 for newsprint)'),
    photos: z.enum(['colour', 'greyscale']).default('colour').describe('print: photos in CMYK colour or in black only'),
    publication: z.string().trim().min(1).optional().describe('The newspaper’s name, recorded in the PDF’s metadata'),
    edition: z.string().trim().min(1).optional().describe('The edition (e.g. "City"), recorded in the PDF’s metadata'),
  })
  .strict();

export const layoutFileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    page: z
      .object({
        widthMm: positiveMm,
        heightMm: positiveMm,
        bleedMm: nonNegativeMm.default(0),
        margins: z
          .object({ topMm: nonNegativeMm, bottomMm: nonNegativeMm, leftMm: nonNegativeMm, rightMm: nonNegativeMm })
          .strict(),
      })
      .strict(),
    columns: z
      .object({
        count: positiveInteger(),
        gutterMm: nonNegativeMm,
      })
      .strict(),
    baselineGrid: z
      .object({
        stepPt: z.number().positive().describe('Distance between grid lines; usually the body leading'),
        capHeightStyle: z
          .string()
          .min(1)
          .default('body')
          .describe('Style whose cap height sets the first grid line below the top margin'),
      })
      .strict(),
    fonts: z.record(z.string().min(1), fontFamily),
    fallbackFonts: z
      .array(z.string().min(1))
      .default([])
      .describe('Families from `fonts` that draw the characters a style’s font lacks (emoji, say), tried in order'),
    styles: z.record(z.string().min(1), textStyle),
    story: story.optional().describe('The blocks, for any article; or give `variants`'),
    variants: z
      .array(variant)
      .min(1)
      .optional()
      .describe('Alternative stories: the first whose `when` the article matches is used; instead of `story`'),
    output: output.prefault({}).describe('What the PDF is for: its profile (screen, print, archive) and what print and archive record'),
    /** A fixed date keeps re-renders byte-identical. */
    creationDate: z.iso.datetime({ offset: true }).default('2000-01-01T00:00:00Z'),
  })
  .strict();

export type LayoutFile = z.output<typeof layoutFileSchema>;
export type OutputSpec = z.output<typeof output>;

/** A layout file's `output` when it says nothing: the screen profile and its defaults. */
export const defaultOutput = (): OutputSpec => output.parse({});
export type TextStyleSpec = z.output<typeof textStyle>;
export type FontSourceSpec = z.output<typeof fontSource>;
export type StoryBlockSpec = z.output<typeof block>;
export type BodyBlockSpec = z.output<typeof bodyBlock>;
export type FloatImageSpec = z.output<typeof floatImage>;
export type PullQuoteSlotSpec = z.output<typeof pullQuoteSlot>;
export type CaptionSpec = z.output<typeof caption>;
export type ImageRefSpec = z.output<typeof imageRef>;
export type VariantSpec = z.output<typeof variant>;
export type CountConditionSpec = z.output<typeof countCondition>;
