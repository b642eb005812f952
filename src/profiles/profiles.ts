import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PhotoColour } from '../images/request.js';
import type { OutputSpec } from '../layout-spec/schema.js';
import { SCREEN_PDF, type PdfProfile } from '../pdf/profile.js';

/** What a PDF is for: reading on a screen, the printing plant (PDF/X-4), or the archive (PDF/A-2a). */
export const PROFILE_NAMES = ['screen', 'print', 'archive'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Everything a profile changes, handed to the stages that carry it out: the image stage and the painter. */
export interface OutputProfile {
  name: ProfileName;
  pdf: PdfProfile;
  photoColour: PhotoColour;
  /** A photo whose frame reaches the trim is extended into the bleed, so no white shows when the cut wanders. */
  photosIntoBleed: boolean;
  /** Below this many pixels per inch at its placed size, a photo gets a warning with its figure. */
  minPpi: number;
}

/** The CMYK output profile for newsprint (see `assets/icc/LICENCE.md`): separates the photos and is the output intent. */
export const NEWSPRINT_ICC_PATH = pathToFileURL(
  // From the package's root, found by its own name: the same from src/, dist/ and the bundled CLI's chunks.
  join(dirname(createRequire(import.meta.url).resolve('broadsheet/package.json')), 'assets/icc/newsprint-tr002-240.icc'),
);
const NEWSPRINT_CONDITION = 'Coldset offset on newsprint, CGATS TR 002 (SNAP), total ink 240 %';

let newsprintIcc: Buffer | undefined;

/** The profile `name`, with the layout's `output` settings (ink limit, greyscale photos) filled in. */
export function outputProfile(name: ProfileName, output: OutputSpec): OutputProfile {
  switch (name) {
    case 'screen':
      return { name, pdf: SCREEN_PDF, photoColour: { space: 'srgb' }, photosIntoBleed: false, minPpi: 200 };
    case 'archive':
      return {
        name,
        pdf: { pdfVersion: '1.7', pdfA: { part: 2, conformance: 'A' }, tagged: true, textColour: 'gray' },
        photoColour: { space: 'srgb' },
        photosIntoBleed: false,
        minPpi: 200,
      };
    case 'print': {
      newsprintIcc ??= readFileSync(NEWSPRINT_ICC_PATH);
      return {
        name,
        pdf: {
          pdfVersion: '1.6',
          pdfX: { version: 'PDF/X-4', outputIntent: { iccProfile: newsprintIcc, identifier: 'Custom', info: NEWSPRINT_CONDITION } },
          tagged: false,
          textColour: 'cmykBlack',
          cropMarks: { offsetPt: 6, lengthPt: 18, lineWidthPt: 0.25 },
        },
        photoColour:
          output.photos === 'greyscale'
            ? { space: 'grey' }
            : { space: 'cmyk', iccProfilePath: fileURLToPath(NEWSPRINT_ICC_PATH), inkLimitPct: output.inkLimitPct },
        photosIntoBleed: true,
        minPpi: 300,
      };
    }
  }
}
