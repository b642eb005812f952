import type { Article, ArticleImage } from '../article/types.js';
import { InputError } from '../errors.js';
import type { ImageCrop, ResolvedCaption } from '../layout-spec/resolve.js';
import type { Frame } from '../positioned/types.js';
import { setTextBlock } from './textBlock.js';
import type { Typesetter } from './typesetter.js';

export interface PhotoBox {
  xPt: number;
  widthPt: number;
  topPt: number;
  heightPt: number;
  crop: ImageCrop;
}

export interface PlacedPhoto {
  frames: Frame[];
  /** Where the caption's ink ends. */
  bottomPt: number;
}

/** The 0-based position of the article image a layout names by 1-based position or id; -1 when it has none such. */
export function imageIndexOf(article: Article, ref: number | string): number {
  if (typeof ref === 'number') return ref <= article.images.length ? ref - 1 : -1;
  return article.images.findIndex((candidate) => candidate.id === ref);
}

/** Finds the article image a layout refers to, by 1-based position or id. */
export function findImage(article: Article, ref: number | string, layoutFile: string, where: string): ArticleImage {
  const image = article.images[imageIndexOf(article, ref)];
  if (!image) {
    const known = article.images.length === 0 ? 'it has no images' : `it has ${article.images.map((candidate, i) => `${i + 1} (${candidate.id})`).join(', ')}`;
    throw new InputError(layoutFile, where, `the article ${article.filePath} has no image ${JSON.stringify(ref)}; ${known}`);
  }
  return image;
}

/** The caption as printed: its text, then the credit after a dash, kept together on one line. */
export function captionText(image: ArticleImage): string {
  if (!image.credit) return image.caption;
  const credit = image.credit.trim().split(/\s+/u).join('\u00A0');
  return `${image.caption} \u2014\u00A0${credit}`;
}

/** A photo frame with its caption set underneath, across the photo's width. */
export function placePhoto(typesetter: Typesetter, image: ArticleImage, box: PhotoBox, caption: ResolvedCaption, where: string): PlacedPhoto {
  const frames: Frame[] = [
    { kind: 'image', imageId: image.id, srcPath: image.srcPath, alt: image.alt, xPt: box.xPt, yPt: box.topPt, widthPt: box.widthPt, heightPt: box.heightPt, crop: box.crop },
  ];
  const photoBottomPt = box.topPt + box.heightPt;
  const text = captionText(image);
  if (!text) return { frames, bottomPt: photoBottomPt };
  const captionBlock = setTextBlock(
    typesetter,
    typesetter.plainParagraph(text),
    typesetter.style(caption.style),
    { xPt: box.xPt, widthPt: box.widthPt, topPt: photoBottomPt + caption.gapPt },
    'caption',
    `${where} caption`,
  );
  frames.push(captionBlock.frame);
  return { frames, bottomPt: captionBlock.bottomPt };
}
