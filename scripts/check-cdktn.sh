#!/usr/bin/env bash
# CDK Terrain (cdktn), the maintained fork of the archived cdktf, runs the library: a copy of
# the repository (its tracked files, no node_modules) gets `"cdktf": "npm:cdktn@<version>"` as
# an npm alias, installs (which generates the provider bindings with cdktf's generator and
# builds against cdktn), type-checks and runs the jest suite.
#   bash scripts/check-cdktn.sh [jest arguments]     CDKTN_VERSION=0.24.0 by default
set -euo pipefail
export CHECKPOINT_DISABLE=1
version="${CDKTN_VERSION:-0.24.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir "$work/repo"
cd "$root"
# Tracked and new (not ignored) files that exist: a clean clone's tree, also from a work tree.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do
    case "$f" in node_modules/*) continue ;; esac
    [ -f "$f" ] && printf '%s\0' "$f"
  done | tar --null -T - -cf - | tar -xf - -C "$work/repo"

cd "$work/repo"
npm pkg set "devDependencies.cdktf=npm:cdktn@$version"
npm install --no-audit --no-fund
framework="$(node -p 'const p = require("cdktf/package.json"); `${p.name}@${p.version}`')"
if [ "$framework" != "cdktn@$version" ]; then
  echo "the cdktf alias resolved to $framework, not cdktn@$version" >&2
  exit 1
fi
npm run generate
npx tsc -p tsconfig.json --noEmit
npx jest --ci "$@"
echo "CDK Terrain check passed: the test suite ran with cdktf aliased to $framework"
