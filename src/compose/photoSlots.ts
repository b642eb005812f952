import type { Article, ArticleImage } from '../article/types.js';
import { InputError } from '../errors.js';
import type { PhotoSlot, ResolvedVariant } from '../layout-spec/resolve.js';
import { findImage, imageIndexOf } from './photo.js';

/** A photo slot of the story with the article photo that fills it, at the height copyfitting gives it. */
export interface FilledSlot {
  /** The slot in the layout file: `story[0]`, `variants[1].story[2].floats[0]`. */
  where: string;
  slot: PhotoSlot;
  image: ArticleImage;
  /** 0-based position of the photo in the article's `images`. */
  imageIndex: number;
  heightPt: number;
}

/**
 * Fills the story's photo slots, in story order (a body's floats after the blocks before it): first the slots that
 * name their photo, then each `"next"` slot with the article's first photo no slot has taken. A slot whose photo the
 * article lacks is left out if it is optional, and is an error naming the slot if not; so is a second slot naming
 * a photo another already placed.
 */
export function fillPhotoSlots(article: Article, variant: ResolvedVariant, layoutFile: string): FilledSlot[] {
  const slots = photoSlotsOf(variant);
  /** Each photo placed, with the slot that placed it. */
  const taken = new Map<number, string>();
  const filled = new Map<string, FilledSlot>();
  const fill = (where: string, slot: PhotoSlot, imageIndex: number): void => {
    taken.set(imageIndex, where);
    filled.set(where, { where, slot, image: article.images[imageIndex]!, imageIndex, heightPt: slot.heightPt });
  };
  for (const { where, slot } of slots) {
    if (slot.image === 'next') continue;
    const imageIndex = imageIndexOf(article, slot.image);
    const placedBy = taken.get(imageIndex);
    // Printed twice, a photo would look like two of the same scene: a layout names each photo once.
    if (placedBy !== undefined) {
      throw new InputError(layoutFile, `${where}.image`, `photo ${imageIndex + 1} (${article.images[imageIndex]!.id}) is already placed by ${placedBy}; a photo prints once`);
    }
    if (imageIndex >= 0) fill(where, slot, imageIndex);
    // Throws the error naming the slot and what the article has.
    else if (!slot.optional) findImage(article, slot.image, layoutFile, `${where}.image`);
  }
  for (const { where, slot } of slots) {
    if (slot.image !== 'next') continue;
    const imageIndex = article.images.findIndex((_image, index) => !taken.has(index));
    if (imageIndex >= 0) fill(where, slot, imageIndex);
    else if (!slot.optional) {
      const has = article.images.length === 0 ? 'it has no images' : `its ${article.images.length} went to earlier slots`;
      throw new InputError(layoutFile, `${where}.image`, `the article ${article.filePath} has no photo left for this slot; ${has} (an optional slot would be left out)`);
    }
  }
  return slots.map(({ where }) => filled.get(where)).filter((slot): slot is FilledSlot => slot !== undefined);
}

/** Every photo slot of a story with where it is in the layout file, in story order. */
function photoSlotsOf(variant: ResolvedVariant): { where: string; slot: PhotoSlot }[] {
  return variant.story.flatMap((block, index): { where: string; slot: PhotoSlot }[] => {
    const where = `${variant.where}[${index}]`;
    if (block.type === 'image') return [{ where, slot: block }];
    if (block.type === 'body') return block.floats.map((float, floatIndex) => ({ where: `${where}.floats[${floatIndex}]`, slot: float }));
    return [];
  });
}
