import type { CaptionSpec, CountConditionSpec, ImageRefSpec, LayoutFile, StoryBlockSpec, VariantSpec } from './schema.js';
import type { ColumnSpan } from './columnSpan.js';
import { mmToPt } from './units.js';
import { resolveCrossheads, resolvePullQuoteSlot, type ResolvedCrossheads, type ResolvedPullQuoteSlot } from './resolveBodyText.js';

export type { ColumnSpan };

export interface ResolvedCaption {
  style: string;
  gapPt: number;
}

/** Where a photo goes and how copyfitting may resize it; `minHeightPt ≤ heightPt ≤ maxHeightPt`. */
export interface PhotoSlot {
  image: ImageRefSpec;
  /** Left out silently when the article has no photo for it. */
  optional: boolean;
  heightPt: number;
  minHeightPt: number;
  maxHeightPt: number;
  crop: ImageCrop;
  caption: ResolvedCaption;
}

export type ResolvedBlock =
  | ({ type: 'image'; columns: ColumnSpan; spaceAfterPt: number } & PhotoSlot)
  | { type: 'headline' | 'deck' | 'byline' | 'dateline'; style: string; columns: ColumnSpan; spaceAfterPt: number }
  | {
      type: 'body';
      style: string;
      columns: ColumnSpan;
      /** Null: down to the bottom margin. */
      heightPt: number | null;
      /** `heightMm: "auto"`: balanced, ending at its content; the page keeps the rest. */
      endsAtContent: boolean;
      balance: boolean;
      avoidWidows: boolean;
      avoidOrphans: boolean;
      dropCap: { lines: number; style: string; gapPt: number } | null;
      floats: ResolvedFloat[];
      crossheads: ResolvedCrossheads;
      pullQuotes: ResolvedPullQuoteSlot[];
      sourceLine: { style: string; format: string } | null;
    };

export type ImageCrop = 'centre' | 'attention';

export interface ResolvedFloat extends PhotoSlot {
  columns: ColumnSpan;
  position: 'top' | 'bottom';
  rowOffset: number;
  spacePt: number;
}

/** A count an article must have, inclusive bounds. */
export interface CountRange {
  min: number;
  max: number;
}

/** What an article must have for a story to be chosen; an absent field is any. */
export interface VariantCondition {
  images?: CountRange;
  words?: CountRange;
  deck?: boolean;
  byline?: boolean;
  dateline?: boolean;
}

/** One of a layout's alternative stories (a layout with a plain `story` has one, matching any article). */
export interface ResolvedVariant {
  /** `story`, or `variants[1]`: where its blocks are in the layout file, for errors. */
  where: string;
  /** The variant's name; null for a plain `story`. */
  name: string | null;
  when: VariantCondition;
  story: ResolvedBlock[];
}


/** What resolving a story needs from the rest of the layout. */
export interface StoryContext {
  fail: (where: string, problem: string) => never;
  /** The style's name, once checked that the layout has it. */
  requireStyle: (name: string, where: string) => string;
  hasStyle: (name: string) => boolean;
  columnCount: number;
}

/** A layout's `story`, or its `variants`, in points and checked: spans within the grid, styles known, one body per story. */
export function resolveVariants(file: LayoutFile, context: StoryContext): ResolvedVariant[] {
  const { fail, requireStyle, hasStyle, columnCount } = context;
  const allColumns: ColumnSpan = { first: 1, last: columnCount };
  const resolveSpan = (span: [number, number] | undefined, where: string): ColumnSpan => {
    if (!span) return allColumns;
    const [first, last] = span;
    if (first > last) fail(where, `first column ${first} is after last column ${last}`);
    if (last > columnCount) fail(where, `column ${last} does not exist (the layout has ${columnCount})`);
    return { first, last };
  };
  const resolveCaption = (spec: CaptionSpec, where: string): ResolvedCaption => ({
    style: requireStyle(spec.style, `${where}.style`),
    gapPt: mmToPt(spec.gapMm),
  });

  function resolveVariant(variant: VariantSpec, where: string): ResolvedVariant {
    const { images, words, ...flags } = variant.when;
    const when: VariantCondition = {
      ...flags,
      ...(images !== undefined && { images: resolveCount(images, `${where}.when.images`) }),
      ...(words !== undefined && { words: resolveCount(words, `${where}.when.words`) }),
    };
    return { where: `${where}.story`, name: variant.name, when, story: resolveStory(variant.story, `${where}.story`) };
  }

  function resolveCount(count: CountConditionSpec, where: string): CountRange {
    if (typeof count === 'number') return { min: count, max: count };
    const range = { min: count.min ?? 0, max: count.max ?? Number.POSITIVE_INFINITY };
    if (range.min > range.max) fail(where, `min ${range.min} is above max ${range.max}`);
    return range;
  }

  function resolveStory(blocks: readonly StoryBlockSpec[], storyWhere: string): ResolvedBlock[] {
    const story = blocks.map((block, index) => resolveBlock(block, `${storyWhere}[${index}]`));
    const bodyIndex = story.findIndex((block) => block.type === 'body');
    if (bodyIndex < 0 || story.findIndex((block, index) => block.type === 'body' && index > bodyIndex) >= 0) {
      fail(storyWhere, 'a story needs exactly one block of type "body"');
    }
    const body = story[bodyIndex]!;
    if (body.type === 'body' && body.heightPt === null && !body.endsAtContent && bodyIndex < story.length - 1) {
      fail(`${storyWhere}[${bodyIndex}].heightMm`, 'required when blocks follow the body (otherwise the body fills the page); a number or "auto"');
    }
    return story;
  }

  const resolvePhotoSlot = (
    slot: { image: ImageRefSpec; optional: boolean; heightMm: number; minHeightMm?: number | undefined; maxHeightMm?: number | undefined; crop: ImageCrop; caption: CaptionSpec },
    where: string,
  ): PhotoSlot => {
    if (slot.minHeightMm !== undefined && slot.minHeightMm > slot.heightMm) fail(`${where}.minHeightMm`, `${slot.minHeightMm} mm is above heightMm (${slot.heightMm} mm)`);
    if (slot.maxHeightMm !== undefined && slot.maxHeightMm < slot.heightMm) fail(`${where}.maxHeightMm`, `${slot.maxHeightMm} mm is below heightMm (${slot.heightMm} mm)`);
    return {
      image: slot.image,
      optional: slot.optional,
      heightPt: mmToPt(slot.heightMm),
      minHeightPt: mmToPt(slot.minHeightMm ?? slot.heightMm),
      maxHeightPt: mmToPt(slot.maxHeightMm ?? slot.heightMm),
      crop: slot.crop,
      caption: resolveCaption(slot.caption, `${where}.caption`),
    };
  };

  function resolveBlock(block: StoryBlockSpec, where: string): ResolvedBlock {
    switch (block.type) {
      case 'image':
        return {
          type: 'image',
          ...resolvePhotoSlot(block, where),
          columns: resolveSpan(block.columns, `${where}.columns`),
          spaceAfterPt: mmToPt(block.spaceAfterMm),
        };
      case 'body':
        return {
          type: 'body',
          style: requireStyle(block.style, `${where}.style`),
          columns: resolveSpan(block.columns, `${where}.columns`),
          heightPt: typeof block.heightMm === 'number' ? mmToPt(block.heightMm) : null,
          endsAtContent: block.heightMm === 'auto',
          // A body that ends at its content ends all its columns there.
          balance: block.balance || block.heightMm === 'auto',
          avoidWidows: block.widows === 'avoid',
          avoidOrphans: block.orphans === 'avoid',
          dropCap: block.dropCap
            ? { lines: block.dropCap.lines, style: requireStyle(block.dropCap.style, `${where}.dropCap.style`), gapPt: mmToPt(block.dropCap.gapMm) }
            : null,
          floats: block.floats.map((float, i) => ({
            ...resolvePhotoSlot(float, `${where}.floats[${i}]`),
            columns: resolveSpan(float.columns, `${where}.floats[${i}].columns`),
            position: float.position,
            rowOffset: float.rowOffset,
            spacePt: mmToPt(float.spaceMm),
          })),
          crossheads: resolveCrossheads(block.crossheads, hasStyle, requireStyle, `${where}.crossheads`),
          pullQuotes: block.pullQuotes.map((slot, i) => resolvePullQuoteSlot(slot, resolveSpan, requireStyle, `${where}.pullQuotes[${i}]`)),
          sourceLine: block.sourceLine
            ? { style: requireStyle(block.sourceLine.style, `${where}.sourceLine.style`), format: block.sourceLine.format }
            : null,
        };
      default:
        return {
          type: block.type,
          style: requireStyle(block.style, `${where}.style`),
          columns: resolveSpan(block.columns, `${where}.columns`),
          spaceAfterPt: mmToPt(block.spaceAfterMm),
        };
    }
  }

  if ((file.story === undefined) === (file.variants === undefined)) {
    fail(file.story ? 'variants' : 'story', 'a layout has either `story` or `variants`, not both nor neither');
  }
  return file.story
    ? [{ where: 'story', name: null, when: {}, story: resolveStory(file.story, 'story') }]
    : file.variants!.map((variant, index) => resolveVariant(variant, `variants[${index}]`));
}
