#!/usr/bin/env bash
# Checks what Nintei needs to build and test; installs it with apt-get when run as root,
# otherwise names what to install in one line and stops.
set -u

missing=()
have_header() { [ -e "$1" ]; }
have_header /usr/include/ncursesw/ncurses.h || have_header /usr/include/ncursesw/curses.h || missing+=(libncursesw5-dev)
have_header /usr/include/sqlite3.h || missing+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# The end-to-end tests run sqlite3's integrity_check beside an open form, as an administrator would.
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} …"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
      echo "nintei: could not install ${missing[*]} with apt-get; install them and run make again." >&2
      exit 1
    fi
  else
    echo "nintei: missing ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# Optional: the print test prints the certificate, packet, minutes and letters to PDF with
# headless Chromium and reads them with pdfinfo; a Japanese font makes the PDFs readable. Without
# them that one test is skipped and says why; an install that fails stops nothing.
optional=()
command -v chromium >/dev/null 2>&1 || optional+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || optional+=(poppler-utils)
[ -e /usr/share/fonts/opentype/ipafont-mincho ] || [ -e /usr/share/fonts/opentype/noto ] || optional+=(fonts-ipafont-mincho)
if [ ${#optional[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${optional[*]} (for the print test) …"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${optional[@]}" >/dev/null; } \
      || echo "nintei: could not install ${optional[*]}; the print-to-PDF test will be skipped." >&2
  else
    echo "nintei: for the print-to-PDF test, install: sudo apt-get install ${optional[*]} (skipped without them)" >&2
  fi
fi

# Optional: the accessibility test runs axe-core (WCAG 2.1 AA rules) on the published pages in
# headless Chromium. axe-core's built script comes from PyPI's axe-playwright-python wheel (a
# zip holding axe.min.js), kept under .build; without it that test is skipped and says why.
AXE_DIR=.build/axe
AXE_WHEEL_VERSION=0.1.8
if [ ! -s "$AXE_DIR/axe.min.js" ] && command -v python3 >/dev/null 2>&1; then
  mkdir -p "$AXE_DIR"
  if python3 -m pip download --quiet --no-deps --dest "$AXE_DIR" "axe-playwright-python==$AXE_WHEEL_VERSION" >/dev/null 2>&1; then
    python3 - "$AXE_DIR" <<'PY' || true
import glob, sys, zipfile
folder = sys.argv[1]
for wheel in glob.glob(folder + "/axe_playwright_python-*.whl"):
    with zipfile.ZipFile(wheel) as archive, open(folder + "/axe.min.js", "wb") as out:
        out.write(archive.read("axe_playwright_python/axe.min.js"))
PY
  else
    echo "nintei: could not fetch axe-core (pip download axe-playwright-python); the accessibility test will be skipped." >&2
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "nintei: the Swift toolchain (swift 6) is not on PATH; install it from swift.org and run make again." >&2
  exit 1
fi
