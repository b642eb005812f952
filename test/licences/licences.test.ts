import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredLicence, licenceProblem, type PackageLicence, type PackageManifest } from './licencePolicy.js';

/** Every package of the production tree as npm installed it here (no network: npm reads node_modules). */
function productionPackages(): PackageLicence[] {
  const listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' });
  const [root, ...folders] = listing.trim().split('\n');
  expect(root).toBe(process.cwd());
  return folders.map((folder) => {
    const packageJson = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as PackageManifest;
    return { name: packageJson.name, version: packageJson.version, licence: declaredLicence(packageJson) };
  });
}

describe('licences', () => {
  it('Broadsheet is MIT, and every production dependency is under a permissive licence', () => {
    const own = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string };
    expect(own.license).toBe('MIT');
    const packages = productionPackages();
    // Not vacuous: the tree npm listed holds the packages we know we ship, and plenty of others.
    const names = new Set(packages.map((pkg) => pkg.name));
    for (const name of ['pdfkit', 'sharp', 'pdfjs-dist', '@napi-rs/canvas', 'fontkit', '@expo-google-fonts/newsreader']) {
      expect(names, name).toContain(name);
    }
    expect(packages.length).toBeGreaterThan(50);
    expect(packages.map(licenceProblem).filter((problem) => problem !== undefined)).toEqual([]);
  });
});

describe('committed colour profiles', () => {
  it('each ICC profile has its licence and the source of its data beside it', () => {
    const folder = 'assets/icc';
    const profiles = readdirSync(folder).filter((file) => file.endsWith('.icc'));
    expect(profiles.length).toBeGreaterThan(0);
    const licence = readFileSync(path.join(folder, 'LICENCE.md'), 'utf8').replace(/\s+/g, ' ');
    for (const profile of profiles) expect(licence, profile).toContain(`# ${profile}`);
    expect(licence).toContain('the source of the characterization data is ANSI CGATS/SNAP TR 002-2007');
    expect(licence).toContain('zlib licence');
  });
});
