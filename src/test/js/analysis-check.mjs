// Checks the client's analysis against Lucene's: ClientAnalysisIT writes, for each text, the
// tokens Lucene makes ([word, stem, start, end]); this prints every difference and fails on any.
import { readFileSync } from 'node:fs';
import { words, stem } from '../../main/resources/org/signpost/client/js/search.js';

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let tokens = 0;
const differences = [];
for (const { name, text, expected } of cases) {
  const actual = words(text).map(w => [w.word, stem(w.word), w.start, w.end]);
  tokens += expected.length;
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (JSON.stringify(actual[i]) != JSON.stringify(expected[i])) {
      differences.push(`${name}: token ${i}: Lucene ${JSON.stringify(expected[i])}, client ${JSON.stringify(actual[i])}`);
      break; // the rest of this text is likely shifted
    }
  }
}
console.log(`${cases.length} texts, ${tokens} tokens, ${differences.length} differ`);
differences.slice(0, 20).forEach(d => console.log(d));
process.exitCode = differences.length ? 1 : 0;
