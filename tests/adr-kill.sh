#!/usr/bin/env bash
# kill -9 at random moments of `arbitre export --supersedes` and `arbitre adr link --reverse`
# on the real binary, then the same command again: the log must end with exactly one
# successor (or one link each way) and `arbitre adr check` clean. A kill that left the log
# half done must have been reported by `adr check` before the retry.
#   tests/adr-kill.sh [BINARY] [ROUNDS]     (default: target/debug/arbitre, 40 rounds)
set -euo pipefail
bin=$(realpath "${1:-target/debug/arbitre}")
rounds=${2:-40}
session=$(realpath data/examples/quote-app.ron)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
half=0
for i in $(seq "$rounds"); do
  repo=$tmp/r$i
  mkdir -p "$repo/doc/adr"
  echo doc/adr >"$repo/.adr-dir"
  printf '# 1. Old\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n' >"$repo/doc/adr/0001-old.md"
  printf '# 2. Other\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n' >"$repo/doc/adr/0002-other.md"
  "$bin" export --session "$session" --adr-dir "$repo" --supersedes 1 --accept >/dev/null 2>&1 &
  pid=$!
  "$bin" adr link "$repo" 1 2 Amends --reverse "Amended by" >/dev/null 2>&1 &
  lpid=$!
  sleep "0.0$((RANDOM % 90))"
  kill -9 "$pid" "$lpid" 2>/dev/null || true
  wait "$pid" "$lpid" 2>/dev/null || true
  if ! "$bin" adr check "$repo" >"$tmp/check" 2>&1; then
    if grep -q "interrupted\|one side only\|is not marked superseded\|does not say it supersedes" "$tmp/check"; then
      half=$((half + 1))
    else
      echo "round $i: adr check failed without naming a half-done write:" >&2
      cat "$tmp/check" >&2
      exit 1
    fi
  fi
  # The same commands again: they complete what was left, or say it is done.
  "$bin" export --session "$session" --adr-dir "$repo" --supersedes 1 --accept >/dev/null 2>"$tmp/retry" ||
    grep -q "already superseded\|already says it supersedes" "$tmp/retry" ||
    { echo "round $i: retry failed:" >&2; cat "$tmp/retry" >&2; exit 1; }
  "$bin" adr link "$repo" 1 2 Amends --reverse "Amended by" >/dev/null 2>&1
  n=$(grep -l 'Supersedes \[1\. Old\](0001-old\.md)' "$repo"/doc/adr/*.md | wc -l)
  if [ "$n" -ne 1 ]; then
    echo "round $i: $n records supersede record 1" >&2
    ls "$repo/doc/adr" >&2
    exit 1
  fi
  if ! "$bin" adr check "$repo" >"$tmp/check" 2>&1; then
    echo "round $i: adr check after the retry:" >&2
    cat "$tmp/check" >&2
    exit 1
  fi
done
echo "adr-kill: $rounds rounds, $half left half done and were reported, all completed by the retry"
