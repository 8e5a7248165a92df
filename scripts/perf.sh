#!/usr/bin/env bash
# Start-up and memory of arbitre beside a minimal eframe app (examples/hello.rs, same eframe
# features and renderer), both under Xvfb, several runs each, interleaved; and arbitre opened
# on the Log screen of a 1,000-record log (`--adr-log`, examples/sample_log.rs):
#   - window: launch until the window is mapped (eframe keeps it hidden until the first frame
#     is painted, so this is the first painted frame plus the X round trip and poll step);
#   - rss: resident memory after the program settled (2 s after its window appeared);
#   - idle cpu: CPU time used over the next 3 s with no input (0 % means no continuous repaint);
#   - size: the stripped release binary (the release profile strips);
#   - `arbitre adr list --json` on the same log (budget: under 1 s).
# Prints a Markdown table of medians with the ratios arbitre/hello against the budgets of
# docs/performance.md, and exits 1 if a budget is missed (2 if it cannot measure).
#
#   scripts/perf.sh [RUNS]          RUNS defaults to 5; PERF_SETTLE / PERF_IDLE (seconds)
#                                   override the 2 s settle and the 3 s idle window.
#
# Needs: cargo, Xvfb, xdotool (apt: xvfb xdotool), and Mesa's OpenGL (libgl1-mesa-dri libegl1).
# Installs nothing. Every run gets fresh XDG data/config/runtime folders, so no settings,
# autosave or progress leaks from one run to the next or from the user's own.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
settle=${PERF_SETTLE:-2}
idle=${PERF_IDLE:-3}
case $runs in '' | *[!0-9]* | 0) echo "perf.sh: RUNS must be a positive number" >&2; exit 2 ;; esac

# Budgets (ratios to hello, measured in the same run; idle CPU is absolute).
budget_window=1.3
budget_rss=1.3
budget_size=1.5
budget_log_window=1.5
budget_list_ms=1000
# At most one clock tick (10 ms on Linux) in the idle window: /proc cannot resolve finer.
hz=$(getconf CLK_TCK)
budget_idle_pct=$(awk -v hz="$hz" -v s="$idle" 'BEGIN { printf "%.2f", 100 / hz / s }')

missing=()
for tool in cargo Xvfb xdotool awk; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "perf.sh: missing ${missing[*]}; install them first (Debian/Ubuntu: apt-get install xvfb xdotool)" >&2
  exit 2
fi

echo "perf.sh: building the release binary and the hello example" >&2
cargo build --release --quiet --bin arbitre --example hello --example sample_log || { echo "perf.sh: build failed" >&2; exit 2; }
target=${CARGO_TARGET_DIR:-target}
declare -A bin=([arbitre]="$target/release/arbitre" [hello]="$target/release/examples/hello" [log]="$target/release/arbitre")
for name in arbitre hello; do
  [ -x "${bin[$name]}" ] || { echo "perf.sh: ${bin[$name]} was not built" >&2; exit 2; }
done

scratch=$(mktemp -d)
xpid='' apid=''
cleanup() {
  [ -n "$apid" ] && kill "$apid" 2>/dev/null
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The 1,000-record log the Log screen opens.
"$target/release/examples/sample_log" "$scratch/repo" 1000 >/dev/null || { echo "perf.sh: cannot write the sample log" >&2; exit 2; }
declare -A args=([arbitre]="" [hello]="" [log]="--adr-log $scratch/repo")

# One virtual display for all runs, on the first free number.
for n in $(seq 90 140); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 200); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
[ -e "/tmp/.X11-unix/X$n" ] || { echo "perf.sh: Xvfb did not start:" >&2; cat "$scratch/xvfb.log" >&2; exit 2; }
export DISPLAY=":$n"

now_ns() { date +%s%N; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; }

# measure NAME RUN: appends "window_ms rss_kb idle_pct" to $scratch/NAME.
measure() {
  local name=$1 run=$2 dir="$scratch/$1-$2"
  mkdir -p "$dir/data" "$dir/config"
  mkdir -m 700 "$dir/run"
  local t0 t1 wid='' a b rss
  t0=$(now_ns)
  XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_RUNTIME_DIR="$dir/run" \
    "${bin[$name]}" ${args[$name]} >"$dir/log" 2>&1 &
  apid=$!
  # Poll every 5 ms, for up to 20 s.
  for _ in $(seq 4000); do
    kill -0 "$apid" 2>/dev/null || break
    wid=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -n1)
    [ -n "$wid" ] && break
    sleep 0.005
  done
  t1=$(now_ns)
  if [ -z "$wid" ]; then
    echo "perf.sh: $name (run $run) showed no window; its output:" >&2
    tail -n 20 "$dir/log" >&2
    exit 2
  fi
  sleep "$settle"
  rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$apid/status" 2>/dev/null)
  a=$(cpu_ticks "$apid")
  sleep "$idle"
  b=$(cpu_ticks "$apid")
  if [ -z "$rss" ] || [ -z "$a" ] || [ -z "$b" ]; then
    echo "perf.sh: $name (run $run) exited early; its output:" >&2
    tail -n 20 "$dir/log" >&2
    exit 2
  fi
  kill "$apid" 2>/dev/null
  wait "$apid" 2>/dev/null
  apid=''
  awk -v t0="$t0" -v t1="$t1" -v rss="$rss" -v a="$a" -v b="$b" -v hz="$hz" -v s="$idle" \
    'BEGIN { printf "%.1f %d %.2f\n", (t1 - t0) / 1e6, rss, (b - a) * 100 / hz / s }' \
    >>"$scratch/$name"
  printf 'perf.sh: %-7s run %d/%d: window %s ms, rss %s kB, idle %s %%\n' "$name" "$run" "$runs" \
    $(tail -n1 "$scratch/$name") >&2
}

for run in $(seq "$runs"); do
  # Alternate which goes first, so that neither always gets the warmer caches.
  if [ $((run % 2)) -eq 1 ]; then order="arbitre hello log"; else order="log hello arbitre"; fi
  for name in $order; do measure "$name" "$run"; done
done

# median FILE COLUMN
median() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

size() { stat -c %s "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# `adr list --json` on the log, the same number of runs.
for run in $(seq "$runs"); do
  t0=$(now_ns)
  "${bin[arbitre]}" adr list --json "$scratch/repo" >"$scratch/list.json" 2>/dev/null
  t1=$(now_ns)
  awk -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.1f\n", (t1 - t0) / 1e6 }' >>"$scratch/list"
done
lm=$(median "$scratch/list" 1)
lw=$(median "$scratch/log" 1) lr=$(median "$scratch/log" 2) li=$(median "$scratch/log" 3)

aw=$(median "$scratch/arbitre" 1) hw=$(median "$scratch/hello" 1)
ar=$(median "$scratch/arbitre" 2) hr=$(median "$scratch/hello" 2)
ai=$(median "$scratch/arbitre" 3) hi=$(median "$scratch/hello" 3)
as=$(size "${bin[arbitre]}") hs=$(size "${bin[hello]}")
rw=$(ratio "$aw" "$hw") rr=$(ratio "$ar" "$hr") rs=$(ratio "$as" "$hs")

failed=()
# check NAME VALUE LIMIT: sets $verdict, and records NAME when VALUE > LIMIT.
check() {
  if le "$2" "$3"; then verdict=pass; else verdict="**MISSED**"; failed+=("$1"); fi
}
check "start-up (${rw}x hello > ${budget_window}x)" "$rw" "$budget_window"; vw=$verdict
check "resident memory (${rr}x hello > ${budget_rss}x)" "$rr" "$budget_rss"; vr=$verdict
check "idle CPU (${ai} % > ${budget_idle_pct} %)" "$ai" "$budget_idle_pct"; vi=$verdict
check "binary size (${rs}x hello > ${budget_size}x)" "$rs" "$budget_size"; vs=$verdict
rlw=$(ratio "$lw" "$hw") rlr=$(ratio "$lr" "$hr")
check "Log screen start-up (${rlw}x hello > ${budget_log_window}x)" "$rlw" "$budget_log_window"; vlw=$verdict
check "Log screen memory (${rlr}x hello > ${budget_rss}x)" "$rlr" "$budget_rss"; vlr=$verdict
check "Log screen idle CPU (${li} % > ${budget_idle_pct} %)" "$li" "$budget_idle_pct"; vli=$verdict
check "adr list --json (${lm} ms > ${budget_list_ms} ms)" "$lm" "$budget_list_ms"; vlm=$verdict

mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

cat <<EOF

Medians of $runs runs each, interleaved, Xvfb 1280×800, $(nproc) CPUs, $(date -u +%Y-%m-%d).

| measure | arbitre | hello | arbitre / hello | budget | verdict |
|---|---|---|---|---|---|
| launch → window shown (first frame painted) | ${aw} ms | ${hw} ms | ${rw}× | ≤ ${budget_window}× | ${vw} |
| resident memory, ${settle} s after | $(mb "$ar") | $(mb "$hr") | ${rr}× | ≤ ${budget_rss}× | ${vr} |
| idle CPU over ${idle} s | ${ai} % | ${hi} % | — | 0 % (≤ ${budget_idle_pct} %, one tick) | ${vi} |
| stripped release binary | $(mib "$as") | $(mib "$hs") | ${rs}× | ≤ ${budget_size}× | ${vs} |
| Log screen, 1,000 records: launch → window shown | ${lw} ms | ${hw} ms | ${rlw}× | ≤ ${budget_log_window}× | ${vlw} |
| Log screen, 1,000 records: resident memory, ${settle} s after | $(mb "$lr") | $(mb "$hr") | ${rlr}× | ≤ ${budget_rss}× | ${vlr} |
| Log screen, 1,000 records: idle CPU over ${idle} s | ${li} % | ${hi} % | — | 0 % (≤ ${budget_idle_pct} %) | ${vli} |
| \`arbitre adr list --json\`, 1,000 records | ${lm} ms | — | — | < ${budget_list_ms} ms | ${vlm} |
EOF

if [ ${#failed[@]} -gt 0 ]; then
  echo
  for f in "${failed[@]}"; do echo "perf.sh: budget missed: $f" >&2; done
  exit 1
fi
echo
echo "perf.sh: every budget met" >&2
