import { z } from 'zod';
import { fontFamily, layoutFileSchema, nonNegativeMm, positiveMm, textStyle } from '../layout-spec/schema.js';

const { page, columns, baselineGrid } = layoutFileSchema.shape;

const furnitureLine = z
  .object({
    style: z.string().min(1).describe('Style of the line, from `styles`'),
    format: z.string().min(1).describe('Text with placeholders: {paper}, {date}, {edition}, {section}, {page}'),
    heightMm: positiveMm.describe('Band the line takes from the live area, rule included'),
    rule: z.boolean().default(true).describe('A hairline between the band and the stories'),
  })
  .strict();

/**
 * A page of an edition: its size, margins, column and baseline grid, the module grid stories are placed on, and its
 * furniture (masthead, running head, folio, jump lines, rules between modules), with the fonts and styles they are set in.
 */
export const pageLayoutSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    page,
    columns,
    baselineGrid,
    moduleRows: z.number().int().positive().describe('Rows of the module grid: the live area cut into this many bands of whole grid rows'),
    moduleGapMm: nonNegativeMm.default(4).describe('Space between modules one above the other; a rule runs in it'),
    fonts: z.record(z.string().min(1), fontFamily),
    fallbackFonts: z.array(z.string().min(1)).default([]),
    styles: z.record(z.string().min(1), textStyle),
    furniture: z
      .object({
        masthead: z
          .object({
            style: z.string().min(1).describe('Style of the paper’s name'),
            heightMm: positiveMm,
            dateLine: furnitureLine.optional().describe('The line under the name: date and edition'),
          })
          .strict()
          .optional()
          .describe('The paper’s name across the top of the page (a front page)'),
        runningHead: furnitureLine.optional().describe('The line across the top of an inside page'),
        folio: furnitureLine.describe('The line at the foot of every page: it must carry {page} and {date}'),
        jumpLine: z
          .object({
            style: z.string().min(1),
            continuedOn: z.string().min(1).default('Continued on Page {page}'),
            continuedFrom: z.string().min(1).default('Continued from Page {page}'),
          })
          .strict()
          .describe('The lines that send a reader to a story’s continuation and back'),
        ruleWidthPt: z.number().positive().default(0.5).describe('Width of the hairlines between modules and under furniture'),
      })
      .strict(),
    creationDate: z.iso.datetime({ offset: true }).default('2000-01-01T00:00:00Z'),
  })
  .strict();

export type PageLayoutFile = z.output<typeof pageLayoutSchema>;
