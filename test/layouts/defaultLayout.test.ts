import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLayout } from '../../src/layout-spec/load.js';

/** The quality targets are measured on the long feature "in the default layout's columns": keep it so. */
describe('the long-feature fixture', () => {
  const defaults = loadLayout('layouts/default.json');
  const feature = loadLayout('test/fixtures/layouts/long-feature.json');

  it('has the default layout’s column width, gutter and baseline grid', () => {
    expect(feature.columns.widthPt).toBeCloseTo(defaults.columns.widthPt, 6);
    expect(feature.columns.gutterPt).toBeCloseTo(defaults.columns.gutterPt, 6);
    expect(feature.grid).toEqual(defaults.grid);
  });

  it('has the default layout’s styles', () => {
    const styles = (path: string) => JSON.parse(readFileSync(path, 'utf8')).styles;
    expect(styles('test/fixtures/layouts/long-feature.json')).toEqual(styles('layouts/default.json'));
  });
});
