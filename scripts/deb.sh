#!/usr/bin/env bash
# Builds the Debian package of arbitre with dpkg-deb alone (no cargo-deb, nothing to install):
#
#   scripts/deb.sh
#
# → ${CARGO_TARGET_DIR:-target}/debian/arbitre_<version>_<arch>.deb, holding the stripped
# release binary (/usr/bin/arbitre), the desktop entry, the icons (hicolor PNGs and the SVG),
# the AppStream metadata, the changelog and the copyright file. It runs
# `cargo build --release --locked` first (a no-op when the build is up to date). Install the
# package with `sudo apt install ./target/debian/arbitre_….deb` (or `dpkg -i`).
#
# Depends: what the binary links (libc6, libgcc-s1: dpkg-shlibdeps when dpkg-dev is there,
# else the newest GLIBC_ symbol version the binary asks for), and, written by hand, the
# libraries winit and glutin load at run time with dlopen, which no tool sees (X11, xcb,
# xkbcommon, EGL/GL). Wayland's libraries are recommended: without them winit falls back to
# X11 (Xwayland).
set -euo pipefail
# Whatever the caller's umask, the package's folders and files are readable (dpkg-deb
# refuses a DEBIAN folder that is not 0755).
umask 022
cd "$(dirname "$0")/.."

app_id=io.github.arbitre.Arbitre
target=${CARGO_TARGET_DIR:-target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
arch=$(dpkg --print-architecture)
[ -n "$version" ] || { echo "deb.sh: no version in Cargo.toml" >&2; exit 1; }

cargo build --release --locked
bin="$target/release/arbitre"
[ -x "$bin" ] || { echo "deb.sh: cargo built no $bin" >&2; exit 1; }

# The binary must be this checkout's: a target folder shared with another checkout may hold
# the other's. In a Git checkout its commit is HEAD's, as build.rs stamps it.
stamp=$("$bin" --version)
expected="arbitre $version ("
if head=$(git rev-parse --short HEAD 2>/dev/null) && [ "$(git rev-parse --show-toplevel)" = "$(pwd -P)" ]; then
  expected+="$head"
fi
case "$stamp" in
  "$expected"*")") echo "deb.sh: packaging $stamp" ;;
  *) echo "deb.sh: $bin says '$stamp', expected '$expected…)'; another checkout sharing" \
       "the target folder may have built it since: touch build.rs and run again" >&2; exit 1 ;;
esac

out="$target/debian"
root="$out/arbitre_${version}_${arch}"
rm -rf "$root"
mkdir -p "$root/DEBIAN"

inst() { # inst MODE SOURCE DEST (DEST relative to the package root)
  install -D -m "$1" "$2" "$root/$3"
}
inst 0755 "$bin" usr/bin/arbitre
inst 0644 assets/arbitre.desktop "usr/share/applications/$app_id.desktop"
inst 0644 "assets/$app_id.metainfo.xml" "usr/share/metainfo/$app_id.metainfo.xml"
inst 0644 "assets/icons/$app_id.svg" "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for n in 16 32 48 64 128 256; do
  inst 0644 "assets/icons/${n}x${n}/$app_id.png" "usr/share/icons/hicolor/${n}x${n}/apps/$app_id.png"
done
doc="$root/usr/share/doc/arbitre"
mkdir -p "$doc"
gzip -9n <CHANGELOG.md >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
cat >"$doc/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: arbitre

Files: *
Copyright: the arbitre developers
License: MIT or Apache-2.0
 On Debian systems, the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0. The MIT licence:
 .
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in
 all copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 SOFTWARE.

Files: assets/fonts/DejaVuSans.ttf
Copyright: Bitstream, Inc.; DejaVu fonts team
License: Bitstream-Vera
 Embedded in the binary. The licence is in assets/fonts/DejaVuSans-LICENSE.txt of
 the source.
EOF
chmod 0644 "$doc/copyright"

# The libraries the binary links: dpkg-shlibdeps where dpkg-dev is installed (it wants a
# debian/control, given in a scratch folder), else libc6 at the newest GLIBC_ version asked for.
shlibs=
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
  scratch=$(mktemp -d)
  mkdir "$scratch/debian"
  printf 'Source: arbitre\n\nPackage: arbitre\nArchitecture: any\n' >"$scratch/debian/control"
  abs_bin=$(realpath "$root/usr/bin/arbitre")
  shlibs=$(cd "$scratch" && dpkg-shlibdeps -O "$abs_bin" 2>/dev/null | sed -n 's/^shlibs:Depends=//p') || shlibs=
  rm -rf "$scratch"
fi
if [ -z "$shlibs" ]; then
  glibc=$(grep -ao 'GLIBC_2\.[0-9][0-9.]*' "$bin" | sed 's/GLIBC_//' | sort -uV | tail -n1) || glibc=
  shlibs="libc6 (>= ${glibc:-2.31}), libgcc-s1"
fi
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: arbitre
Version: $version
Architecture: $arch
Maintainer: ${DEBFULLNAME:-The arbitre developers} <${DEBEMAIL:-arbitre@localhost}>
Installed-Size: $size
Section: devel
Priority: optional
Depends: $shlibs, libgl1, libegl1, libx11-6, libx11-xcb1, libxcb1, libxcursor1, libxi6, libxrender1, libxkbcommon0, libxkbcommon-x11-0
Recommends: libgl1-mesa-dri, libwayland-client0, libwayland-egl1, xdg-desktop-portal-gtk | zenity
Suggests: adr-tools
Description: decide how to host a workload and record it as an ADR
 Containers, virtual machines, or a hybrid of both? arbitre is an offline
 desktop app that helps a team decide how to host a workload, shows exactly
 why, and writes the decision down as an Architecture Decision Record (ADR)
 in Markdown, into the repository's ADR log (adr-tools, MADR, log4brains).
 .
 It also offers a presenter mode for the wall and an offline training mode.
EOF

deb="$out/arbitre_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Zxz "$root" "$deb" >/dev/null
echo "deb.sh: built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
