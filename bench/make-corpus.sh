#!/usr/bin/env bash
# Generates the benchmark corpus, reproducibly: bench-data/corpus.jsonl (not committed).
# Installs its inputs itself: Debian's hunspell-ar word list and npm's quran-json.
# Usage: bench/make-corpus.sh [DOCS] [SEED]   (default 150000 documents, about 1,000,000 passages)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-150000}"
seed="${2:-42}"
data="$root/bench-data"
mkdir -p "$data"

dic=/usr/share/hunspell/ar.dic
if [ ! -f "$dic" ]; then
  echo "installing hunspell-ar (Debian) ..." >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq hunspell-ar >/dev/null; else sudo apt-get install -y -qq hunspell-ar >/dev/null; fi
fi
quran="$data/npm/node_modules/quran-json/dist/quran.json"
if [ ! -f "$quran" ]; then
  echo "installing quran-json (npm) ..." >&2
  mkdir -p "$data/npm"
  (cd "$data/npm" && npm install --silent --no-audit --no-fund --prefix . quran-json@3.1.2 >/dev/null)
fi
"$root/bin/fahras" --version >/dev/null   # builds the jar if needed
. "$root/bin/find-jdk.sh"
fahras_find_jdk
"$FAHRAS_JAVA_HOME/bin/java" -cp "$root/fahras-app/target/fahras-cli.jar" dev.fahras.bench.CorpusGenerator \
  --out "$data/corpus.jsonl" --docs "$docs" --seed "$seed" --dic "$dic" --quran "$quran" --reports "$root/testdata"
ls -l "$data/corpus.jsonl"
