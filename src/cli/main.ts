import hyphen from 'hyphen';
import enUs from 'hyphen/patterns/en-us.js';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { z } from 'zod';
const h = hyphen(enUs, { hyphenChar: "|" }) as (s: string) => string;
console.log(h('hyphenation developing Gigafactory'), typeof fontkit.openSync, typeof PDFDocument, typeof z.object);
