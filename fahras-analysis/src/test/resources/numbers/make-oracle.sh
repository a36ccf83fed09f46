#!/usr/bin/env bash
# Regenerates oracle.tsv: numbers written out in words by a converter we did not write, the npm
# package number-to-arabic-words, for TestFahrasNumbersFilter. Seeded: the same file every run.
# Usage: src/test/resources/numbers/make-oracle.sh   (needs node and npm)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund number-to-arabic-words@1.5.3 >/dev/null)
cat > "$tmp/gen.js" <<'JS'
const { toArabicWord } = require("number-to-arabic-words/dist/index-node.js");
let seed = 20220120;
function rand() { // mulberry32
  seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ranges = [[1, 100, 90], [100, 1000, 700], [1000, 100000, 1400], [100000, 1000000000, 900]];
const seen = new Set();
const lines = [];
for (const [lo, hi, n] of ranges) {
  let k = 0;
  while (k < n) {
    const v = lo + Math.floor(rand() * (hi - lo));
    if (seen.has(v)) continue;
    seen.add(v); k++;
    lines.push(v + "\t" + toArabicWord(v));
  }
}
process.stdout.write("# number<TAB>words, from npm number-to-arabic-words@1.5.3 (seeded; see make-oracle.sh)\n" + lines.join("\n") + "\n");
JS
(cd "$tmp" && node gen.js) > "$here/oracle.tsv"
wc -l "$here/oracle.tsv"
