import { renderShared } from '../sharedRenders.js';
import type { ProfileName } from '../../src/profiles/profiles.js';

/** The pages every profile is tested on: the seed page, and the default layout with the seed article and with a feature. */
export const PROFILED_PAGES = [
  { name: 'seed page', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' },
  { name: 'seed article, default layout', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/default.json' },
  { name: 'feature with sections, default layout', article: 'test/fixtures/articles/ferry-sections.md', layout: 'layouts/default.json' },
] as const;

export type ProfiledPage = (typeof PROFILED_PAGES)[number];

/** One render per page and profile per test worker, shared by the files that read them. */
export function renderProfiled(page: ProfiledPage, profile: ProfileName) {
  return renderShared(page.article, page.layout, { profile });
}
