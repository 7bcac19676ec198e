#!/usr/bin/env bash
# Every test, on a fresh machine: installs what is missing (npm packages; Debian's
# chromium when no CHROME_PATH is given), then lint and format check, content check, type check, unit tests,
# production build and browser tests. Prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
# An early stop still ends with the closing line CI reads.
fail() { echo "FAILED: $*" >&2; printf '\n0 passed, 1 failed\n'; exit 1; }

if [ ! -x node_modules/.bin/vite ] || [ ! -x node_modules/.bin/vitest ]; then
  step "installing npm packages"
  npm ci --no-audit --no-fund || fail "npm ci"
fi

if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  step "installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
    || fail "could not install chromium (set CHROME_PATH to a Chromium or Chrome binary instead)"
fi

rm -rf test-results reports && mkdir -p reports tests/artifacts

step "lint and format (Biome)"
npm run --silent lint || fail "lint and format: run npm run format, then fix what remains"

step "content check"
npm run --silent content:check || fail "content check"

# The type check (one core: tsc is single-threaded) runs beside the unit tests and the two
# builds (the other core), its output shown once it is done: on the 2-core machine this saves
# most of the type check's 40-odd seconds.
step "type check (in the background), unit tests, production build, SCORM package"
typecheck_log=$(mktemp)
( npm run --silent typecheck >"$typecheck_log" 2>&1 ) &
typecheck_pid=$!

unit_status=0
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || unit_status=$?

build_status=0
NO_PRECOMPRESS=1 node_modules/.bin/vite build --logLevel warn || build_status=1
# The browser tests play it in an LMS frame.
if [ "$build_status" -eq 0 ]; then
  { node_modules/.bin/vite build --mode scorm --logLevel warn && node_modules/.bin/tsx scripts/build-scorm.ts; } || build_status=2
fi

typecheck_status=0
wait "$typecheck_pid" || typecheck_status=$?
step "type check"
cat "$typecheck_log"
rm -f "$typecheck_log"
[ "$typecheck_status" -eq 0 ] || fail "type check"
[ "$build_status" -ne 1 ] || fail "build"
[ "$build_status" -ne 2 ] || fail "build:scorm"
echo "type check passed"

step "browser tests (Chromium: ${CHROME_PATH:-/usr/bin/chromium})"
e2e_status=0
node_modules/.bin/playwright test || e2e_status=$?

node scripts/test-summary.mjs reports/unit.json reports/e2e.json "$unit_status" "$e2e_status"
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
