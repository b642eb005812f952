import { z } from 'zod';
import { nonNegativeMm, positiveMm } from '../layout-spec/schema.js';
import { PROFILE_NAMES } from '../profiles/profiles.js';

const firstLast = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .describe('[first, last], 1-based and inclusive');

/** A rectangle of the page grid: columns, and module rows or millimetres from the top of the live area. */
const moduleSpec = z
  .object({
    columns: firstLast,
    rows: firstLast.optional().describe('Rows of the page layout’s module grid; or give topMm and heightMm'),
    topMm: nonNegativeMm.optional().describe('From the top of the live area (rounded down to a grid row)'),
    heightMm: positiveMm.optional().describe('Rounded down to whole grid rows'),
  })
  .strict();

/** A story placed in a module: an article with its story layout, or the continuation of a story from an earlier page. */
const storyEntry = z
  .object({
    id: z.string().min(1).optional().describe('Names the story, for its continuation on a later page'),
    article: z.string().min(1).optional().describe('Article file (Markdown), relative to the manifest; or give `continues`'),
    continues: z.string().min(1).optional().describe('The id of a story on an earlier page that this module continues'),
    layout: z.string().min(1).describe('Story layout file (JSON) that sets it in the module, relative to the manifest'),
    module: moduleSpec,
  })
  .strict();

/** An edition: the paper's name and date and its pages in order, each with the stories placed on it. */
export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    paper: z.string().min(1),
    date: z.iso.date().describe('The edition’s date (YYYY-MM-DD): printed in the folios and written as the PDFs’ date'),
    edition: z.string().min(1).describe('The edition’s name: City Final'),
    lang: z.string().min(2).default('en-US').describe('BCP 47 language of the furniture (the stories have their own)'),
    profile: z
      .enum(PROFILE_NAMES)
      .default('screen')
      .describe('What the PDFs are for: screen, print (PDF/X-4) or archive (tagged PDF/A-2a); `edition --profile` overrides it'),
    pages: z
      .array(
        z
          .object({
            layout: z.string().min(1).describe('Page layout file (JSON), relative to the manifest'),
            section: z.string().min(1).describe('Printed in the running head and the folio'),
            stories: z.array(storyEntry).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type ManifestFile = z.output<typeof manifestSchema>;
export type StoryEntry = z.output<typeof storyEntry>;
export type ModuleSpec = z.output<typeof moduleSpec>;
