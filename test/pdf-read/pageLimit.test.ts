import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { assertWithinPageLimit, DEFAULT_MAX_PAGES, toPageLimit } from '../../src/pdf-read/pageLimit.js';

describe('toPageLimit', () => {
  it('takes a whole number from 1, and the default when none is given', () => {
    expect(toPageLimit(1, '--max-pages')).toEqual({ pages: 1, setting: '--max-pages' });
    expect(toPageLimit(undefined, '--max-pages')).toEqual({ pages: DEFAULT_MAX_PAGES, setting: '--max-pages' });
  });

  it.each([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s, naming the setting', (pages) => {
    expect(() => toPageLimit(pages, '--max-pages')).toThrow(InputError);
    expect(() => toPageLimit(pages, '--max-pages')).toThrow(`--max-pages: expected a whole number of pages, 1 or more, got ${pages}`);
  });
});

describe('assertWithinPageLimit', () => {
  const limit = { pages: 500, setting: '--max-pages' };

  it('lets through a PDF at the limit, and any PDF when there is no limit', () => {
    expect(() => assertWithinPageLimit(500, limit, 'x.pdf')).not.toThrow();
    expect(() => assertWithinPageLimit(1_000_000, undefined, 'x.pdf')).not.toThrow();
  });

  it('refuses one page more, in one line', () => {
    expect(() => assertWithinPageLimit(501, limit, 'x.pdf')).toThrow(new InputError('x.pdf', '', '501 pages, more than the limit of 500 (--max-pages)'));
    expect(() => assertWithinPageLimit(1000, limit, 'x.pdf')).toThrow('x.pdf: 1000 pages, more than the limit of 500 (--max-pages)');
  });
});
