#!/usr/bin/env bash
# Proves autosave and recovery on the real binary, under Xvfb: open a session, tick an item
# (through the documented ARBITRE_TEST_TICK hook, applied like a user's click), kill -9 the
# app, start it again and find the change offered back. The session file is never touched.
#   tests/recovery.sh [BINARY]        (default: target/release/arbitre)
set -euo pipefail
bin=$(realpath "${1:-target/release/arbitre}")
tmp=$(mktemp -d)
xpid=
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_RUNTIME_DIR=$tmp/run
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset ARBITRE_DATA_DIR
for n in $(seq 150 199); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.05; done
export DISPLAY=:$n

cp data/examples/quote-app.ron "$tmp/session.ron"
before=$(sha256sum < "$tmp/session.ron")
autosave=$XDG_DATA_HOME/arbitre/autosave.ron

ARBITRE_TEST_TICK=vm.compliance "$bin" "$tmp/session.ron" >"$tmp/run1.log" 2>&1 &
pid=$!
for _ in $(seq 200); do
  grep -q '"vm.compliance"' "$autosave" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "recovery: the app died"; cat "$tmp/run1.log"; exit 1; }
  sleep 0.05
done
grep -q '"vm.compliance"' "$autosave" || { echo "recovery: no autosave within 10 s"; cat "$tmp/run1.log"; exit 1; }
kill -9 $pid
wait $pid 2>/dev/null || true
[ "$(sha256sum < "$tmp/session.ron")" = "$before" ] || { echo "recovery: the session file was modified"; exit 1; }

timeout 60 "$bin" "$tmp/session.ron" --quit-after-frames 5 >"$tmp/run2.log" 2>&1
grep -q "unsaved work from an earlier run can be restored (5 ticked, 2 weighted, $tmp/session.ron)" "$tmp/run2.log" \
  || { echo "recovery: the second start did not offer the work back"; cat "$tmp/run2.log"; exit 1; }
grep -q '"vm.compliance"' "$autosave" || { echo "recovery: the offered work was lost"; exit 1; }
echo "recovery: 1 passed, 0 failed"
