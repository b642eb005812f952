import { basename } from 'node:path';
import { loadArticle } from '../article/load.js';
import type { Article } from '../article/types.js';
import type { PreparedImageCache } from '../images/cache.js';
import { loadLayout } from '../layout-spec/load.js';
import type { ResolvedLayout } from '../layout-spec/resolve.js';
import { InputError } from '../errors.js';
import type { PreparedImage } from '../images/request.js';
import type { ImageStore } from '../images/store.js';
import type { ImageFrame, LayoutWarning } from '../positioned/types.js';
import type { ComposedDocument } from '../compose/composePage.js';
import { reportColumnEnds, type ColumnEnd } from '../report/columnEnds.js';
import type { OutputProfile, ProfileName } from '../profiles/profiles.js';
import { matchLineEnds, type LineEndsMatch } from '../report/lineEnds.js';

export interface RenderResult {
  article: Article;
  layout: ResolvedLayout;
  /** The page as composed, its image frames naming their pictures in `images`: plain JSON. */
  document: ComposedDocument;
  /** The prepared pictures (JPEG) by content hash: with `document`, all the PDF writer needs besides the font files. */
  images: ImageStore;
  pdf: Buffer;
  /** The profile the PDF was made for (the option, else the layout's `output.profile`). */
  profile: ProfileName;
  columnEnds: ColumnEnd[];
  /** How many of the original's line ends the page reproduces, when the article records them; else null. */
  lineEnds: LineEndsMatch | null;
  /** Layout warnings plus image warnings (resolution below the profile's minimum). */
  warnings: LayoutWarning[];
  /**
   * Draft renders only: for each photo drawn as an FPO placeholder, the error a render without `draft` would
   * have stopped at (naming the article and `images[N].src`).
   */
  missingPhotos: InputError[];
  timingsMs: { load: number; compose: number; images: number; pdf: number };
}

interface LaterStages {
  composePage: typeof import('../compose/composePage.js').composePage;
  FontSet: typeof import('../fonts/fontSet.js').FontSet;
  writePdf: typeof import('../pdf/writePdf.js').writePdf;
  storeJpeg: typeof import('../images/store.js').storeJpeg;
  outputProfile: typeof import('../profiles/profiles.js').outputProfile;
  pdfMetadata: typeof import('../profiles/metadata.js').pdfMetadata;
  extendPhotosIntoBleed: typeof import('../profiles/bleed.js').extendPhotosIntoBleed;
  /** Images prepared in this process are reused by later renders of the same files. */
  imageCache: PreparedImageCache;
}

let laterStages: Promise<LaterStages> | undefined;
/**
 * The stages after reading the inputs, loaded once the article and the layout have passed their checks: fontkit and
 * pdfkit are most of a cold start, and a bad article or layout is refused without them. sharp is loaded only when a
 * picture has to be made: not when every photo is in the cache, nor for a page without photos.
 */
function loadLaterStages(): Promise<LaterStages> {
  laterStages ??= Promise.all([
    import('../compose/composePage.js'),
    import('../fonts/fontSet.js'),
    import('../pdf/writePdf.js'),
    import('../images/cache.js'),
    import('../images/store.js'),
    import('../profiles/profiles.js'),
    import('../profiles/metadata.js'),
    import('../profiles/bleed.js'),
  ]).then(([compose, fonts, pdf, cache, store, profiles, metadata, bleed]) => ({
    composePage: compose.composePage,
    FontSet: fonts.FontSet,
    writePdf: pdf.writePdf,
    storeJpeg: store.storeJpeg,
    outputProfile: profiles.outputProfile,
    pdfMetadata: metadata.pdfMetadata,
    extendPhotosIntoBleed: bleed.extendPhotosIntoBleed,
    imageCache: new cache.PreparedImageCache(),
  }));
  return laterStages;
}

export interface RenderOptions {
  /** A draft for the desk: a photo that is missing or unreadable becomes an FPO placeholder instead of an error. */
  draft?: boolean;
  /** What the PDF is for; the layout's `output.profile` when absent. */
  profile?: ProfileName;
}

/** The whole pipeline: article + layout → positioned document → images → PDF. Nothing is written to disk. */
export async function renderArticle(articlePath: string, layoutPath: string, options: RenderOptions = {}): Promise<RenderResult> {
  const started = performance.now();
  const draft = options.draft ?? false;
  const [article, layout] = await Promise.all([
    loadArticle(articlePath, { requireImageFiles: !draft }),
    Promise.resolve().then(() => loadLayout(layoutPath)),
  ]);
  const stages = await loadLaterStages();
  const { composePage, FontSet, writePdf, storeJpeg, imageCache } = stages;
  const profile = stages.outputProfile(options.profile ?? layout.output.profile, layout.output);
  const loaded = performance.now();

  const fonts = new FontSet(layout.fontFiles);
  const document = composePage(article, layout, fonts);
  if (profile.photosIntoBleed) for (const page of document.pages) stages.extendPhotosIntoBleed(page);
  const composed = performance.now();

  const warnings = [...document.warnings];
  const imageFrames = document.pages.flatMap((page) => page.frames.filter((frame): frame is ImageFrame => frame.kind === 'image'));
  const prepared = await Promise.all(
    imageFrames.map((frame) =>
      prepareFrameImage(imageCache, frame, article, profile).catch((error: unknown) => {
        if (draft && error instanceof InputError) return error;
        throw error;
      }),
    ),
  );
  const images = new Map<string, Buffer>();
  const missingPhotos: InputError[] = [];
  // In frame order, so that warnings come out the same way every time. Each frame is given the hash of its picture.
  for (const [index, frame] of imageFrames.entries()) {
    const image = prepared[index]!;
    if (image instanceof InputError) {
      missingPhotos.push(image);
      const { makePlaceholderImage } = await import('../images/placeholder.js');
      const placeholder = await makePlaceholderImage(frame, basename(frame.srcPath), { colour: profile.photoColour });
      frame.jpegSha256 = storeJpeg(images, placeholder.jpeg);
      continue;
    }
    frame.jpegSha256 = storeJpeg(images, image.jpeg);
    if (image.effectivePpi < profile.minPpi) {
      const message = `only ${Math.round(image.effectivePpi)} ppi at its placed size (the ${profile.name} profile wants ${profile.minPpi})`;
      warnings.push({ where: `image ${frame.imageId}`, message });
    }
  }
  const imagesDone = performance.now();

  const pdf = await writePdf(document, {
    creationDate: layout.creationDate,
    images,
    profile: profile.pdf,
    metadata: stages.pdfMetadata(article, layout),
  });
  const finished = performance.now();

  return {
    article,
    layout,
    document,
    images,
    pdf,
    profile: profile.name,
    columnEnds: reportColumnEnds(document, article.originalColumnEnds),
    lineEnds: article.originalLineEnds ? matchLineEnds(document, article.body, article.originalLineEnds) : null,
    warnings,
    missingPhotos,
    timingsMs: { load: loaded - started, compose: composed - loaded, images: imagesDone - composed, pdf: finished - imagesDone },
  };
}

/** A photo that cannot be read is the article's fault: the error names the article and the image's field. */
async function prepareFrameImage(imageCache: PreparedImageCache, frame: ImageFrame, article: Article, profile: OutputProfile): Promise<PreparedImage> {
  try {
    return await imageCache.prepare(frame.srcPath, frame, { focus: frame.crop, colour: profile.photoColour });
  } catch (error) {
    const index = article.images.findIndex((image) => image.id === frame.imageId);
    if (!(error instanceof InputError) || index < 0) throw error;
    throw new InputError(article.filePath, `images[${index}].src`, error.problem);
  }
}
