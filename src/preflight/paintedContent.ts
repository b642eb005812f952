import type { ContentOperation, Operand } from './contentTokens.js';

/** A colour as set: its space's family (`DeviceCMYK`, `DeviceGray`, `DeviceRGB`, `ICCBased/3`, `Separation/All`, …) and components. */
export interface Colour {
  space: string;
  values: number[];
}

export type Point = [x: number, y: number];

/** What a page paints, in default user space (points from the MediaBox's origin), with the state it was painted in. */
export interface PaintedContent {
  /** One per text-showing operator: where its text starts, its fill colour. */
  texts: { at: Point; fill: Colour; tagged: boolean; font: string }[];
  /** Image XObjects: the corners of the unit square they fill. */
  images: { id: string; corners: Point[]; tagged: boolean }[];
  /** Painted paths (stroked or filled) as line segments; clipping paths are left out. */
  paths: { segments: [Point, Point][]; stroke?: Colour; fill?: Colour; tagged: boolean }[];
  /** Every colour space colour was set in, by family. */
  colourSpaces: Set<string>;
  /** The marked-content ids the page's own content opens, in order (a form XObject's belong to the form). */
  mcids: number[];
}

/** How the interpreter reads a page's resources. */
export interface ContentResources {
  xObject(name: string): { kind: 'image'; id: string } | { kind: 'form'; operations: ContentOperation[]; matrix: number[]; resources: ContentResources } | undefined;
  /** The family of a colour space named in the resources' `/ColorSpace`, or of a device space by its own name. */
  colourSpace(name: string): { family: string; components: number };
}

type Matrix = [number, number, number, number, number, number];

interface GraphicsState {
  ctm: Matrix;
  fill: Colour;
  stroke: Colour;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_FORM_DEPTH = 8;

/**
 * Follows a content stream's graphics state — the transformation matrix, fill and stroke colours, text matrices,
 * marked content — and records what it paints. Content counts as tagged inside marked content with an MCID or an
 * `Artifact`. Form XObjects are followed (to a depth of 8), with their matrix.
 */
export function interpretContent(operations: readonly ContentOperation[], resources: ContentResources): PaintedContent {
  const painted: PaintedContent = { texts: [], images: [], paths: [], colourSpaces: new Set(), mcids: [] };
  run(operations, resources, { ctm: IDENTITY, fill: gray(), stroke: gray() }, [], painted, 0);
  return painted;
}

function gray(): Colour {
  return { space: 'DeviceGray', values: [0] };
}

function run(operations: readonly ContentOperation[], resources: ContentResources, initial: GraphicsState, marks: boolean[], painted: PaintedContent, depth: number): void {
  let state: GraphicsState = { ...initial };
  const saved: GraphicsState[] = [];
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let leading = 0;
  let font = '';
  let path: [Point, Point][] = [];
  let current: Point | undefined;
  let subpathStart: Point | undefined;
  const tagged = (): boolean => marks.some(Boolean);
  const device = (x: number, y: number): Point => apply(state.ctm, x, y);
  const setColour = (which: 'fill' | 'stroke', space: string, values: number[]): void => {
    state[which] = { space, values };
    painted.colourSpaces.add(space);
  };
  const showText = (): void => {
    painted.texts.push({ at: device(textMatrix[4], textMatrix[5]), fill: state.fill, tagged: tagged(), font });
  };
  const moveLine = (tx: number, ty: number): void => {
    lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
    textMatrix = lineMatrix;
  };
  const paint = (stroke: boolean, fill: boolean): void => {
    if (path.length > 0) painted.paths.push({ segments: path, ...(stroke && { stroke: state.stroke }), ...(fill && { fill: state.fill }), tagged: tagged() });
    path = [];
    current = undefined;
  };

  for (const { operator, operands } of operations) {
    const n = operands.map((operand) => (typeof operand === 'number' ? operand : NaN));
    switch (operator) {
      case 'q': saved.push({ ...state }); break;
      case 'Q': state = saved.pop() ?? state; break;
      case 'cm': if (n.length === 6) state.ctm = multiply(n as Matrix, state.ctm); break;
      case 'g': setColour('fill', 'DeviceGray', n); break;
      case 'G': setColour('stroke', 'DeviceGray', n); break;
      case 'rg': setColour('fill', 'DeviceRGB', n); break;
      case 'RG': setColour('stroke', 'DeviceRGB', n); break;
      case 'k': setColour('fill', 'DeviceCMYK', n); break;
      case 'K': setColour('stroke', 'DeviceCMYK', n); break;
      case 'cs': setColour('fill', resources.colourSpace(nameOf(operands[0])).family, []); break;
      case 'CS': setColour('stroke', resources.colourSpace(nameOf(operands[0])).family, []); break;
      case 'sc': case 'scn': state.fill = { space: state.fill.space, values: n.filter(Number.isFinite) }; break;
      case 'SC': case 'SCN': state.stroke = { space: state.stroke.space, values: n.filter(Number.isFinite) }; break;
      case 'BDC': case 'BMC': {
        const mcid = mcidOf(operands[1]);
        if (mcid !== undefined && depth === 0) painted.mcids.push(mcid);
        marks.push(nameOf(operands[0]) === 'Artifact' || mcid !== undefined);
        break;
      }
      case 'EMC': marks.pop(); break;
      case 'BT': textMatrix = IDENTITY; lineMatrix = IDENTITY; break;
      case 'Tf': font = nameOf(operands[0]); break;
      case 'TL': leading = n[0] ?? 0; break;
      case 'Tm': if (n.length === 6) { textMatrix = n as Matrix; lineMatrix = n as Matrix; } break;
      case 'Td': moveLine(n[0] ?? 0, n[1] ?? 0); break;
      case 'TD': leading = -(n[1] ?? 0); moveLine(n[0] ?? 0, n[1] ?? 0); break;
      case 'T*': moveLine(0, -leading); break;
      case 'Tj': case 'TJ': showText(); break;
      case "'": case '"': moveLine(0, -leading); showText(); break;
      case 'm': current = device(n[0]!, n[1]!); subpathStart = current; break;
      case 'l': { const to = device(n[0]!, n[1]!); if (current) path.push([current, to]); current = to; break; }
      case 'c': { const to = device(n[4]!, n[5]!); if (current) path.push([current, to]); current = to; break; }
      case 'v': case 'y': { const to = device(n[2]!, n[3]!); if (current) path.push([current, to]); current = to; break; }
      case 're': {
        const [x, y, w, h] = n as [number, number, number, number];
        const corners = [device(x, y), device(x + w, y), device(x + w, y + h), device(x, y + h)];
        corners.forEach((corner, index) => path.push([corner, corners[(index + 1) % 4]!]));
        current = corners[0];
        break;
      }
      case 'h': if (current && subpathStart) path.push([current, subpathStart]); current = subpathStart; break;
      case 'S': case 's': paint(true, false); break;
      case 'f': case 'F': case 'f*': paint(false, true); break;
      case 'B': case 'B*': case 'b': case 'b*': paint(true, true); break;
      case 'n': path = []; current = undefined; break;
      case 'Do': {
        const xObject = resources.xObject(nameOf(operands[0]));
        if (xObject?.kind === 'image') {
          painted.images.push({ id: xObject.id, corners: [device(0, 0), device(1, 0), device(1, 1), device(0, 1)], tagged: tagged() });
        } else if (xObject?.kind === 'form' && depth < MAX_FORM_DEPTH) {
          const matrix = xObject.matrix.length === 6 ? (xObject.matrix as Matrix) : IDENTITY;
          run(xObject.operations, xObject.resources, { ...state, ctm: multiply(matrix, state.ctm) }, [...marks], painted, depth + 1);
        }
        break;
      }
      default: break;
    }
  }
}

function nameOf(operand: Operand | undefined): string {
  return typeof operand === 'object' && operand !== null && 'name' in operand ? operand.name : '';
}

function mcidOf(operand: Operand | undefined): number | undefined {
  const mcid = typeof operand === 'object' && operand !== null && 'dict' in operand ? operand.dict.get('MCID') : undefined;
  return typeof mcid === 'number' ? mcid : undefined;
}

/** `a × b` for PDF matrices `[a b c d e f]`: a applied first. */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
