import { describe, expect, it } from 'vitest';
import { parseContentStream } from '../../src/preflight/contentTokens.js';
import { interpretContent, type ContentResources } from '../../src/preflight/paintedContent.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');

const RESOURCES: ContentResources = {
  xObject: (name) => (name === 'Im1' ? { kind: 'image', id: 'image 1' } : undefined),
  colourSpace: (name) => (name === 'CS0' ? { family: 'ICCBased/3', components: 3 } : { family: name, components: 0 }),
};

describe('parseContentStream', () => {
  it('reads numbers, names, nested and escaped literal strings, hex strings, arrays and inline dictionaries', () => {
    const operations = parseContentStream(bytes('/Span <</ActualText (a\\(b\\)c) /MCID 3>> BDC [(x) -20 <4142>] TJ 1 .5 -2. Td EMC % a comment\n(pa(r)en) Tj /Na#20me Tf'));
    expect(operations.map((operation) => operation.operator)).toEqual(['BDC', 'TJ', 'Td', 'EMC', 'Tj', 'Tf']);
    expect(operations[0]!.operands).toEqual([{ name: 'Span' }, { dict: new Map<string, unknown>([['ActualText', { string: 'a(b)c' }], ['MCID', 3]]) }]);
    expect(operations[1]!.operands).toEqual([[{ string: 'x' }, -20, { string: 'AB' }]]);
    expect(operations[2]!.operands).toEqual([1, 0.5, -2]);
    expect(operations[4]!.operands).toEqual([{ string: 'pa(r)en' }]);
    expect(operations[5]!.operands).toEqual([{ name: 'Na me' }]);
  });

  it('skips an inline image’s data, whatever bytes it holds', () => {
    const operations = parseContentStream(bytes('BI /W 2 /H 1 /BPC 8 /CS /G ID \u0000Q) EI\nq Q'));
    expect(operations.map((operation) => operation.operator)).toEqual(['BI', 'q', 'Q']);
  });
});

describe('interpretContent', () => {
  it('places text and images through the transformation matrix, with the colour and tagging in force', () => {
    const painted = interpretContent(
      parseContentStream(bytes('1 0 0 -1 0 800 cm q 0 0 0 1 k /P <</MCID 0>> BDC BT 1 0 0 -1 10 20 Tm (a) Tj 0 -12 Td (b) Tj ET EMC Q 50 0 0 40 100 200 cm /Im1 Do')),
      RESOURCES,
    );
    expect(painted.texts).toEqual([
      { at: [10, 780], fill: { space: 'DeviceCMYK', values: [0, 0, 0, 1] }, tagged: true, font: '' },
      { at: [10, 768], fill: { space: 'DeviceCMYK', values: [0, 0, 0, 1] }, tagged: true, font: '' },
    ]);
    // After Q the fill is grey again; the image fills the unit square scaled to 50 × 40.
    expect(painted.images).toEqual([{ id: 'image 1', corners: [[100, 600], [150, 600], [150, 560], [100, 560]], tagged: false }]);
    expect([...painted.colourSpaces]).toEqual(['DeviceCMYK']);
  });

  it('records stroked and filled paths but not clipping paths, and colours set through named spaces', () => {
    const painted = interpretContent(parseContentStream(bytes('0 0 10 10 re W n /CS0 CS 1 0 0 SCN 0 0 m 5 0 l S /Artifact BMC 0 g 0 0 2 2 re f EMC')), RESOURCES);
    expect(painted.paths).toEqual([
      { segments: [[[0, 0], [5, 0]]], stroke: { space: 'ICCBased/3', values: [1, 0, 0] }, tagged: false },
      { segments: expect.any(Array), fill: { space: 'DeviceGray', values: [0] }, tagged: true },
    ]);
    expect(painted.colourSpaces).toEqual(new Set(['ICCBased/3', 'DeviceGray']));
  });
});
