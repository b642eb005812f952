// Compiles bench/seed-page.typ with Typst's Node addon (a dev dependency) and writes the PDF to the path given: the
// process `npm run bench` times beside a cold `broadsheet render`. Fonts are the project's npm fonts only.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import typst from '@myriaddreamin/typst-ts-node-compiler';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fontDir = (file) => path.dirname(require.resolve(file));
const fontPaths = [
  fontDir('@expo-google-fonts/newsreader/400Regular/Newsreader_400Regular.ttf'),
  fontDir('@expo-google-fonts/newsreader/700Bold/Newsreader_700Bold.ttf'),
  fontDir('@expo-google-fonts/libre-franklin/400Regular/LibreFranklin_400Regular.ttf'),
  fontDir('@expo-google-fonts/libre-franklin/700Bold/LibreFranklin_700Bold.ttf'),
];
const compiler = typst.NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths }] });
writeFileSync(process.argv[2] ?? path.join(root, 'out/typst-seed-page.pdf'), compiler.pdf({ mainFilePath: path.join(root, 'bench/seed-page.typ') }));
