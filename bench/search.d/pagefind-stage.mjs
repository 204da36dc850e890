// Copies the indexed pages into STAGE for Pagefind, each with its facets as Pagefind filters.
// Signpost's templates put facets on <main> as data-* attributes; a Pagefind site would have
// data-pagefind-filter attributes instead, so we add one empty span per value (no text, so
// nothing extra is indexed). Only these pages are staged, so Pagefind indexes the same set.
// Usage: node pagefind-stage.mjs OUTPUT STAGE
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexedFiles, readPage } from './pages.mjs';

const [output, stage] = process.argv.slice(2);
for (const file of indexedFiles(output)) {
  const page = readPage(output, file);
  const spans = Object.entries(page.facets)
    .flatMap(([k, vs]) => vs.map(v => `<span data-pagefind-filter="${k}:${v}"></span>`)).join('');
  const html = page.html.replace(/<main\b[^>]*>/i, m => m + spans);
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  writeFileSync(join(stage, file), html);
}
