// Renders the stand-in photos shipped in assets/images (and the one the tests' second article uses).
// Run after `npm run build`:
//   node scripts/make-standins.mjs
// Sizes give 300 ppi up to about 254 mm (aerial) and 169 mm (handshake) wide, and 406 and 339 mm for the example
// edition's two, so that a stand-in does not trigger the low-resolution warning when placed up to those widths.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { drawStandinSvg } from '../dist/images/standin.js';

const assetsDir = fileURLToPath(new URL('../assets/images/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../test/fixtures/images/', import.meta.url));

const standins = [
  {
    dir: assetsDir,
    file: 'tesla-gigafactory-aerial.standin.jpg',
    widthPx: 3000,
    heightPx: 1875,
    scene: 'aerial-factory',
    title: 'Tesla Gigafactory, Shanghai — aerial view',
    subject: "A bird's-eye view of the Tesla Gigafactory in Shanghai in August 2022.",
  },
  {
    dir: assetsDir,
    file: 'chen-musk-handshake.standin.jpg',
    widthPx: 2000,
    heightPx: 1500,
    scene: 'handshake',
    title: 'Chen Jining and Elon Musk',
    subject: 'Shanghai Party chief Chen Jining (right) shakes hands with Tesla CEO Elon Musk.',
  },
  // The example edition's: its lead photos run up to a page wide (about 290 mm), 300 ppi there wants 3,430 px.
  {
    dir: assetsDir,
    file: 'harbour-cranes.standin.jpg',
    widthPx: 4800,
    heightPx: 3200,
    scene: 'aerial-factory',
    title: 'Harbour cranes — aerial view',
    subject: 'The container cranes on the east quay, seen from the air.',
  },
  {
    dir: assetsDir,
    file: 'council-meeting.standin.jpg',
    widthPx: 4000,
    heightPx: 3000,
    scene: 'handshake',
    title: 'Council meeting',
    subject: 'Two councillors shake hands after the vote on the budget.',
  },
  {
    dir: fixturesDir,
    file: 'river-ferry.standin.jpg',
    widthPx: 1600,
    heightPx: 1000,
    scene: 'generic',
    title: 'River ferry (test fixture)',
    subject: 'The refitted ferry leaves the north pier on its first evening crossing.',
  },
];

for (const { dir, file, ...request } of standins) {
  await mkdir(dir, { recursive: true });
  const svg = drawStandinSvg(request);
  const info = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 88 }).toFile(dir + file);
  console.log(`${file}: ${info.width}×${info.height} px, ${info.size} bytes`);
}
