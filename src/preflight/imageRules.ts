import type { Box, ImageFacts, PageFacts } from './readFacts.js';
import type { Point } from './paintedContent.js';
import { offences, pageLabel, type Rule, type RuleStatus } from './rules.js';

const TOUCH_PT = 0.5;

/** One placed image: its facts, where it is on its page and its resolution there. */
export interface Placement {
  page: number;
  image: ImageFacts;
  /** Axis-aligned bounds of the placed image. */
  box: Box;
  /** The lower of the horizontal and vertical pixels per inch at the placed size. */
  effectivePpi: number;
}

/** Every image placement on every page, with its effective resolution. */
export function placements(pages: readonly PageFacts[]): Placement[] {
  return pages.flatMap((page, index) =>
    page.content.images.flatMap(({ id, corners }) => {
      const image = page.images.get(id);
      if (!image) return [];
      const [origin, right, , up] = corners as [Point, Point, Point, Point];
      const widthPt = Math.hypot(right[0] - origin[0], right[1] - origin[1]);
      const heightPt = Math.hypot(up[0] - origin[0], up[1] - origin[1]);
      const effectivePpi = Math.min((image.widthPx * 72) / widthPt, (image.heightPx * 72) / heightPt);
      const xs = corners.map((corner) => corner[0]);
      const ys = corners.map((corner) => corner[1]);
      return [{ page: index, image, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box, effectivePpi }];
    }),
  );
}

function describe(placement: Placement): string {
  return `${pageLabel(placement.page)}: image ${placement.image.id}`;
}

/** The plant's rules for photos and fonts in print. */
export const PRINT_IMAGE_RULES: Rule[] = [
  {
    id: 'image-resolution',
    requirement: 'Photos have at least the target ppi at their placed size (a warning below it; a failure below the minimum)',
    check: (facts, settings) => {
      const all = placements(facts.pages);
      const low = all.filter((placement) => placement.effectivePpi < settings.targetPpi - 0.5);
      const status: RuleStatus = low.some((placement) => placement.effectivePpi < settings.minimumPpi) ? 'fail' : low.length > 0 ? 'warn' : 'pass';
      const details = (status === 'pass' ? all : low).map((placement) => `${describe(placement)}: ${Math.round(placement.effectivePpi)} ppi (${placement.image.widthPx} × ${placement.image.heightPx} px)`);
      return { status, details };
    },
  },
  {
    id: 'total-ink',
    requirement: 'No CMYK photo carries more total ink (C+M+Y+K, the maximum of 4 × 4-pixel means) than the limit, with 2 % for JPEG rounding',
    check: (facts, settings, measured) => {
      const all = placements(facts.pages).filter((placement) => measured.totalInkPct.has(placement.image.id));
      const over = all.filter((placement) => measured.totalInkPct.get(placement.image.id)! > settings.inkLimitPct + 2);
      const line = (placement: Placement): string => `${describe(placement)}: ${measured.totalInkPct.get(placement.image.id)!.toFixed(0)} % (limit ${settings.inkLimitPct} %)`;
      return offences(over.map(line), all.map(line));
    },
  },
  {
    id: 'image-bleed',
    requirement: 'A photo that reaches the trim extends to the edge of the bleed on that side',
    check: (facts) =>
      offences(
        placements(facts.pages).flatMap((placement) => {
          const page = facts.pages[placement.page]!;
          if (!page.trimBox || !page.bleedBox) return [];
          const [trim, bleed, box] = [page.trimBox, page.bleedBox, placement.box];
          const short = [
            box[0] <= trim[0] + TOUCH_PT && box[0] > bleed[0] + TOUCH_PT ? 'left' : '',
            box[1] <= trim[1] + TOUCH_PT && box[1] > bleed[1] + TOUCH_PT ? 'bottom' : '',
            box[2] >= trim[2] - TOUCH_PT && box[2] < bleed[2] - TOUCH_PT ? 'right' : '',
            box[3] >= trim[3] - TOUCH_PT && box[3] < bleed[3] - TOUCH_PT ? 'top' : '',
          ].filter(Boolean);
          return short.length > 0 ? [`${describe(placement)} reaches the trim but not the bleed at the ${short.join(', ')}`] : [];
        }),
      ),
  },
  {
    id: 'font-subset-names',
    requirement: 'Subset fonts carry a six-letter tag (ABCDEF+Name), and one name never stands for two different font programs',
    check: (facts) => {
      const programs = new Map<string, Set<string>>();
      for (const font of facts.pages.flatMap((page) => page.fonts)) {
        if (font.programSha256) programs.set(font.name, (programs.get(font.name) ?? new Set()).add(font.programSha256));
      }
      const found = [...programs].filter(([, hashes]) => hashes.size > 1).map(([name, hashes]) => `${name} names ${hashes.size} different font programs`);
      const malformed = [...programs.keys()].filter((name) => name.includes('+') && !/^[A-Z]{6}\+/.test(name)).map((name) => `${name}: the subset tag is not six capital letters`);
      return offences([...found, ...malformed], [...programs.keys()]);
    },
  },
];
