import { describe, expect, it } from 'vitest';
import { declaredLicence, licenceProblem } from './licencePolicy.js';

const check = (licence: string | undefined, name = 'some-package'): string | undefined =>
  licenceProblem({ name, version: '1.0.0', licence });

describe('licenceProblem', () => {
  it('accepts permissive licences, fonts under the OFL, and expressions of them', () => {
    for (const licence of ['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause', 'MIT AND OFL-1.1', '(MIT OR Apache-2.0)', 'Apache-2.0 WITH LLVM-exception']) {
      expect(check(licence), licence).toBeUndefined();
    }
  });

  it('rejects copyleft licences, naming the package and the licence', () => {
    expect(check('AGPL-3.0-or-later', 'mupdf')).toBe('mupdf@1.0.0: AGPL-3.0-or-later is not on the allow-list');
    expect(check('GPL-2.0')).toBe('some-package@1.0.0: GPL-2.0 is not on the allow-list');
    expect(check('MIT AND GPL-3.0-only')).toMatch(/not on the allow-list$/u);
    expect(check('GPL-2.0 WITH Classpath-exception-2.0')).toMatch(/not on the allow-list$/u);
  });

  it('takes the allowed side of an OR, and needs both sides of an AND, AND binding tighter', () => {
    expect(check('GPL-2.0 OR MIT')).toBeUndefined();
    expect(check('GPL-2.0 AND MIT OR ISC')).toBeUndefined();
    expect(check('GPL-2.0 AND (MIT OR ISC)')).toMatch(/not on the allow-list$/u);
  });

  it('rejects a missing, unknown or unreadable licence', () => {
    expect(check(undefined)).toBe('some-package@1.0.0: declares no licence');
    expect(check('SEE LICENSE IN LICENSE.txt')).toMatch(/unreadable licence expression/u);
    expect(check('WTFPL')).toBe('some-package@1.0.0: WTFPL is not on the allow-list');
    expect(check('(MIT')).toMatch(/unreadable licence expression '\(MIT' \(missing \)\)$/u);
    expect(check('MIT WITH')).toMatch(/unreadable licence expression/u);
  });

  it("admits the LGPL only for sharp's libvips, and a missing field only for packages read by hand", () => {
    expect(check('LGPL-3.0-or-later', '@img/sharp-libvips-linux-x64')).toBeUndefined();
    expect(check('LGPL-3.0-or-later')).toMatch(/not on the allow-list$/u);
    expect(check('GPL-3.0-or-later', '@img/sharp-libvips-linux-x64')).toMatch(/not on the allow-list$/u);
    expect(check(undefined, 'png-js')).toBeUndefined();
    expect(check('GPL-2.0', 'png-js')).toMatch(/not on the allow-list$/u);
  });
});

describe('declaredLicence', () => {
  it('reads the license field, the old { type } object and the old licenses array', () => {
    expect(declaredLicence({ license: '(MIT OR Apache-2.0)' })).toBe('(MIT OR Apache-2.0)');
    expect(declaredLicence({ license: { type: 'ISC' } })).toBe('ISC');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] })).toBe('(MIT) OR (GPL-2.0)');
    expect(declaredLicence({})).toBeUndefined();
    expect(declaredLicence({ license: ' ' })).toBeUndefined();
    expect(declaredLicence({ licenses: [] })).toBeUndefined();
  });
});
