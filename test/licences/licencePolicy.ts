/**
 * Which licences Broadsheet (MIT) may ship in its production dependencies: permissive ones only, so that anyone
 * may use, change and sell the package without having to open their own code.
 */

/** SPDX identifiers allowed for any package. */
const ALLOWED_LICENCES = new Set([
  'MIT',
  'ISC', // MIT in fewer words
  '0BSD', // ISC without even the notice requirement
  'BSD-2-Clause',
  'BSD-3-Clause', // BSD-2-Clause plus "do not use our name to endorse"
  'Apache-2.0', // permissive, with a patent grant and a NOTICE file to keep
  'BlueOak-1.0.0', // permissive, with a patent grant (several of npm's own tools use it)
  'CC0-1.0', // a public-domain dedication
  'Unlicense', // a public-domain dedication
  'Zlib', // permissive: keep the notice, mark altered versions (pako, pdf-lib's inflate)
  'OFL-1.1', // the fonts: free to use and embed in documents; only selling the font files alone is barred
]);

/** Narrow exceptions: a licence not on the list that one family of packages may carry. */
const PACKAGE_EXCEPTIONS: { namePrefix: string; licence: string }[] = [
  // sharp's prebuilt libvips: an unmodified shared library that npm installs as a package of its own and that anyone
  // may replace. The LGPL binds changes to libvips itself, not the code that links it.
  { namePrefix: '@img/sharp-', licence: 'LGPL-3.0-or-later' },
];

/**
 * Packages whose package.json declares no licence, with the licence their LICENSE file grants (read by hand for the
 * version named). A declared licence always wins.
 */
const UNDECLARED_LICENCES: Record<string, string> = {
  'png-js': 'MIT', // pdfkit's PNG decoder; 2.0.0 ships an MIT LICENSE file
};

export interface PackageLicence {
  name: string;
  version: string;
  /** The SPDX expression the package declares, or undefined when it declares none. */
  licence: string | undefined;
}

/** The fields of a package.json this reads. */
export interface PackageManifest {
  name: string;
  version: string;
  license?: unknown;
  licenses?: unknown;
}

/**
 * The licence a package.json declares: its `license` field (an SPDX expression, or the old `{ type }` object), or
 * the old `licenses` array, whose entries were alternatives to choose from (dual licensing), so they join with OR.
 */
export function declaredLicence(packageJson: Pick<PackageManifest, 'license' | 'licenses'>): string | undefined {
  const { license, licenses } = packageJson;
  if (typeof license === 'string' && license.trim() !== '') return license.trim();
  if (isTypedLicence(license)) return license.type;
  if (Array.isArray(licenses) && licenses.length > 0 && licenses.every(isTypedLicence)) {
    return licenses.map((entry) => `(${entry.type})`).join(' OR ');
  }
  return undefined;
}

/** Why the package's licence may not ship, naming package and licence; undefined when it may. */
export function licenceProblem(pkg: PackageLicence): string | undefined {
  const label = `${pkg.name}@${pkg.version}`;
  const licence = pkg.licence ?? UNDECLARED_LICENCES[pkg.name];
  if (licence === undefined) return `${label}: declares no licence`;
  const allowed = (id: string): boolean =>
    ALLOWED_LICENCES.has(id) ||
    PACKAGE_EXCEPTIONS.some((exception) => pkg.name.startsWith(exception.namePrefix) && exception.licence === id);
  try {
    return satisfies(licence, allowed) ? undefined : `${label}: ${licence} is not on the allow-list`;
  } catch (error) {
    return `${label}: unreadable licence expression '${licence}' (${(error as Error).message})`;
  }
}

function isTypedLicence(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Whether an SPDX expression lets us ship the package: `A OR B` when either is allowed, `A AND B` when both are,
 * `A WITH exception` when A is (an exception only adds permissions). AND binds tighter than OR, as SPDX says.
 */
function satisfies(expression: string, allowed: (id: string) => boolean): boolean {
  const tokens = expression.match(/[()]|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const isOperator = (token: string | undefined, operator: string): boolean => token?.toUpperCase() === operator;

  const parseOr = (): boolean => {
    let result = parseAnd();
    while (isOperator(peek(), 'OR')) {
      position++;
      result = parseAnd() || result;
    }
    return result;
  };
  const parseAnd = (): boolean => {
    let result = parseTerm();
    while (isOperator(peek(), 'AND')) {
      position++;
      result = parseTerm() && result;
    }
    return result;
  };
  const parseTerm = (): boolean => {
    const token = tokens[position++];
    if (token === '(') {
      const result = parseOr();
      if (tokens[position++] !== ')') throw new Error('missing )');
      return result;
    }
    if (token === undefined || token === ')' || ['AND', 'OR', 'WITH'].includes(token.toUpperCase())) {
      throw new Error(`expected a licence, got ${token ?? 'the end'}`);
    }
    if (isOperator(peek(), 'WITH')) {
      const exception = tokens[position + 1];
      if (exception === undefined || exception === '(' || exception === ')') throw new Error('expected an exception after WITH');
      position += 2;
    }
    return allowed(token);
  };

  const result = parseOr();
  if (position !== tokens.length) throw new Error(`unexpected ${tokens[position]}`);
  return result;
}
