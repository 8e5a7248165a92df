#!/usr/bin/env bash
# Incremental rebuild times of the debug binary (`cargo build`) after touching one file, the
# median of RUNS runs each, as docs/performance.md reports them:
#   scripts/rebuild.sh [RUNS] FILE...     e.g. scripts/rebuild.sh 3 crates/arbitre-app/src/recommend.rs
# "commit" as a FILE measures an empty commit (the version stamp changes; reset after).
# Warms the build first; prints one Markdown row per file: the file, the median in seconds,
# and the crates cargo compiled.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift
cargo build --quiet || { echo "rebuild.sh: build failed" >&2; exit 2; }
for file in "$@"; do
  times=() crates=''
  for _ in $(seq "$runs"); do
    if [ "$file" = commit ]; then
      git commit --quiet --allow-empty --no-verify -m "rebuild.sh: an empty commit"
    else
      touch "$file"
    fi
    start=$(date +%s.%N)
    out=$(cargo build 2>&1)
    end=$(date +%s.%N)
    [ "$file" = commit ] && git reset --quiet --soft HEAD~1 && cargo build --quiet
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')")
    crates=$(printf '%s\n' "$out" | sed -n 's/^ *Compiling \([^ ]*\) .*/\1/p' | sort | paste -sd, -)
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "| \`$file\` | $median s | $crates |"
done
