import type { ProfileName } from '../profiles/profiles.js';

/**
 * An edition planned: every page with its modules in page coordinates, and every story as the chain of modules it runs
 * through. Plain data, so that page workers can be handed it.
 */
export interface EditionPlan {
  /** The manifest as the user named it, for errors. */
  manifestPath: string;
  paper: string;
  /** YYYY-MM-DD. */
  date: string;
  edition: string;
  lang: string;
  /** What every page's PDF (and edition.pdf) is for: the manifest's `profile`, or `edition --profile`. */
  profile: ProfileName;
  pages: PagePlan[];
  stories: StoryPlan[];
}

export interface PagePlan {
  /** 1-based page number. */
  number: number;
  /** `pages[3]`. */
  where: string;
  layoutPath: string;
  section: string;
  modules: ModulePlan[];
}

export interface ModulePlan {
  /** `pages[3].stories[1]`. */
  where: string;
  /** Index in `EditionPlan.stories`. */
  story: number;
  /** 0 for the story's start, 1 for its first continuation, … */
  part: number;
  /** Story layout file. */
  layoutPath: string;
  rect: ModuleRect;
}

/** A module's rectangle on the page, in points from the page's top-left corner; its columns are the page's. */
export interface ModuleRect {
  leftPt: number;
  rightPt: number;
  topPt: number;
  bottomPt: number;
  /** The page's columns it spans, 1-based. */
  firstColumn: number;
  lastColumn: number;
}

export interface StoryPlan {
  /** The manifest's `id`, or the place of its first module. */
  key: string;
  articlePath: string;
  /** Where each part is: page number and index of the module on that page, in reading order. */
  parts: { page: number; module: number }[];
}
