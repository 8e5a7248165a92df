#!/usr/bin/env bash
# Proves autosave and recovery on the real binary, under Xvfb, the way people break it:
#  1. open a session by a relative path, tick an item (through the documented
#     ARBITRE_TEST_TICK hook, applied like a user's click), kill -9; start again from another
#     folder: the work is offered back with the absolute path of the right file, and neither
#     file is touched;
#  2. two instances at once: each has its own autosave; a clean exit of one leaves the
#     other's; a third start offers the killed one's work;
#  3. persisted settings with a zoom of NaN: the app starts and closes normally;
#  4. eframe's own values in app.ron (egui's zoom_factor NaN, 0, -1, 1e30) are reset, and
#     app.ron as a FIFO, a link to /dev/zero or a file over the limit is set aside: each start
#     ends normally within its timeout, the next start too.
#   tests/recovery.sh [BINARY]        (default: target/release/arbitre)
set -euo pipefail
bin=$(realpath "${1:-target/release/arbitre}")
root=$(pwd)
tmp=$(mktemp -d)
xpid=
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_RUNTIME_DIR=$tmp/run
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset ARBITRE_DATA_DIR
for n in $(seq 150 199); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.05; done
export DISPLAY=:$n
data=$XDG_DATA_HOME/arbitre
passed=0
fail() { echo "recovery: $*"; echo "$passed passed, 1 failed"; exit 1; }

# Waits until an autosave holds the text; prints its name.
wait_autosave() { # TEXT PID LOG
  for _ in $(seq 200); do
    f=$(grep -l "$1" "$data"/autosave-*.ron 2>/dev/null | head -n 1 || true)
    [ -n "$f" ] && { echo "$f"; return 0; }
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; return 1; }
    sleep 0.05
  done
  return 1
}

# 1. A relative path, a kill -9, a start from another folder.
mkdir -p "$tmp/A" "$tmp/B"
cp "$root/data/examples/quote-app.ron" "$tmp/A/session.ron"
cp "$root/data/examples/quote-app.ron" "$tmp/B/session.ron"
before_a=$(sha256sum < "$tmp/A/session.ron")
before_b=$(sha256sum < "$tmp/B/session.ron")
(cd "$tmp/A" && exec env ARBITRE_TEST_TICK=vm.compliance "$bin" session.ron) >"$tmp/run1.log" 2>&1 &
pid=$!; pids+=("$pid")
wait_autosave '"vm.compliance"' "$pid" "$tmp/run1.log" >/dev/null || fail "no autosave within 10 s"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
[ "$(sha256sum < "$tmp/A/session.ron")" = "$before_a" ] || fail "the session file was modified"
(cd "$tmp/B" && timeout 60 "$bin" --quit-after-frames 5) >"$tmp/run2.log" 2>&1 \
  || fail "the second start failed: $(cat "$tmp/run2.log")"
grep -q "unsaved work from an earlier run can be restored (5 ticked, 2 weighted, $tmp/A/session.ron)" "$tmp/run2.log" \
  || fail "the second start did not offer the work back for A's file: $(cat "$tmp/run2.log")"
grep -l '"vm.compliance"' "$data"/autosave-*.ron >/dev/null || fail "the offered work was lost"
[ "$(sha256sum < "$tmp/B/session.ron")" = "$before_b" ] || fail "B's file was touched"
passed=$((passed + 1))
rm -f "$data"/autosave-*

# 2. Two instances at once.
ARBITRE_TEST_TICK=vm.compliance "$bin" "$tmp/A/session.ron" >"$tmp/i1.log" 2>&1 &
p1=$!; pids+=("$p1")
f1=$(wait_autosave '"vm.compliance"' "$p1" "$tmp/i1.log") || fail "instance 1 wrote no autosave"
ARBITRE_TEST_TICK=vm.multiple-os "$bin" "$tmp/B/session.ron" >"$tmp/i2.log" 2>&1 &
p2=$!; pids+=("$p2")
f2=$(wait_autosave '"vm.multiple-os"' "$p2" "$tmp/i2.log") || fail "instance 2 wrote no autosave"
[ "$f1" != "$f2" ] || fail "two instances share one autosave"
grep -q '"vm.compliance"' "$f1" || fail "instance 2 wrote over instance 1's autosave"
# A third instance that closes cleanly, while both run: it offers nothing, removes nothing.
timeout 60 "$bin" --quit-after-frames 5 >"$tmp/i3.log" 2>&1 || fail "instance 3 failed"
grep -q "can be restored" "$tmp/i3.log" && fail "a running instance's work was offered"
[ -f "$f1" ] && [ -f "$f2" ] || fail "a clean exit removed another instance's autosave"
kill -9 "$p1" "$p2"; wait "$p1" "$p2" 2>/dev/null || true
timeout 60 "$bin" --quit-after-frames 5 >"$tmp/i4.log" 2>&1 || fail "instance 4 failed"
[ "$(grep -c "can be restored" "$tmp/i4.log")" = 2 ] || fail "both killed instances' work should be offered: $(cat "$tmp/i4.log")"
[ -f "$f1" ] && [ -f "$f2" ] || fail "offered work was removed"
passed=$((passed + 1))

# 3. A zoom of NaN in the persisted settings.
printf '{"app":"(zoom:NaN)"}\n' >"$data/app.ron"
timeout 60 "$bin" --quit-after-frames 5 >"$tmp/nan.log" 2>&1 || fail "a NaN zoom stops the app: $(cat "$tmp/nan.log")"
passed=$((passed + 1))

# 4. eframe's and egui's own values, and app.ron that eframe would hang or crash on.
egui_ron() { # ZOOM
  printf '{"egui":"(options:(zoom_factor:%s))","app":"(lang:en)"}\n' "$1"
}
start_ok() { # WHAT
  timeout 60 "$bin" --quit-after-frames 5 >"$tmp/app.log" 2>&1 \
    || fail "$1 stops the app (exit $?): $(head -c 2000 "$tmp/app.log")"
}
for zoom in NaN 0.0 -1.0 1e30; do
  egui_ron "$zoom" >"$data/app.ron"
  start_ok "egui's zoom_factor of $zoom"
  grep -q 'zoom_factor:1.0' "$data/app.ron" || fail "egui's zoom of $zoom was not reset: $(cat "$data/app.ron")"
  start_ok "the start after egui's zoom_factor of $zoom"
done
passed=$((passed + 1))
rm -f "$data"/app.*
mkfifo "$data/app.ron"
start_ok "app.ron as a FIFO"
[ -p "$data/app.ron" ] && fail "the FIFO was not set aside"
ls "$data"/app.corrupt-*.ron >/dev/null 2>&1 || fail "the FIFO was not kept aside"
rm -f "$data"/app.*
ln -s /dev/zero "$data/app.ron"
start_ok "app.ron as a link to /dev/zero"
[ -L "$data/app.ron" ] && fail "the link to /dev/zero was not set aside"
rm -f "$data"/app.*
truncate -s 20M "$data/app.ron"
start_ok "app.ron of 20 MB"
[ "$(stat -c %s "$data/app.ron" 2>/dev/null || echo 0)" -lt 1000000 ] || fail "the 20 MB app.ron was not set aside"
start_ok "the start after a bad app.ron"
passed=$((passed + 1))

echo "recovery: $passed passed, 0 failed"
