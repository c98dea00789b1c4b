#!/bin/sh
# Takes the README screenshots of the real main window WITH REAL CONTENT: runs the sandbox demo
# (tests/sandbox/demo.sh: FalkorDB stand-in, s3rver and the milvus-backup stand-in on loopback) and,
# while its servers still run, changes a few things in sandbox B (so the comparison has something to
# show) and runs bmb_screenshot_tour (tests/gui/ScreenshotTour.cpp) on a virtual X display with a
# private gnome-keyring, in a throw-away home directory: no real profile, keychain or setting is read
# or changed.
#
#   docs/screenshots/take.sh [BUILD_DIR]     (default: build; needs a built tree with tests)
#
# Needs: xvfb (xvfb-run), dbus (dbus-run-session), gnome-keyring, redis-server, node + npm ci.
# Writes docs/screenshots/*.png next to this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

case "${BMB_SHOTS_STAGE:-}" in
"")
    build=${1:-build}
    case "$build" in /*) ;; *) build="$root/$build" ;; esac
    [ -x "$build/tests/gui/bmb_screenshot_tour" ] || { echo "take.sh: build bmb_screenshot_tour first (cmake --build $build --target bmb_screenshot_tour)" >&2; exit 2; }
    home=$(mktemp -d "${TMPDIR:-/tmp}/bmb-screenshots.XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
           XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" BMB_SHOTS_BUILD="$build"
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION || true
    DEMO_ENTITIES=${DEMO_ENTITIES:-300} BUILD_DIR="$build" DEMO_THEN="BMB_SHOTS_STAGE=sandbox '$0'" \
        bash "$root/tests/sandbox/demo.sh"
    ;;
sandbox)
    # Sandbox B now equals the backup; make it differ a little, as a production server would after a
    # week: a few entities gone, a changed description, rows deleted from one collection.
    port=${BMB_DEMO_FALKORDB_B##*:}
    redis-cli -p "$port" GRAPH.QUERY "$BMB_DEMO_GRAPH" "MATCH (e:Entity) WHERE e.rank = 3 DETACH DELETE e" >/dev/null
    redis-cli -p "$port" GRAPH.QUERY "$BMB_DEMO_GRAPH" "MATCH (e:Entity) WHERE e.rank = 5 SET e.description = 'rewritten by a later ingestion run'" >/dev/null
    if [ "${BMB_DEMO_VECTOR:-0}" = 1 ]; then
        curl -sf -X POST -H 'content-type: application/json' "$BMB_DEMO_MILVUS_B/v2/vectordb/entities/delete" \
            -d '{"dbName":"default","collectionName":"EntityDescriptions","filter":"id in [\"e1\",\"e2\",\"e3\",\"e4\",\"e5\"]"}' >/dev/null \
            || echo "take.sh: could not delete rows in Milvus B (the comparison will show equal collections)" >&2
    fi
    BMB_SHOTS_STAGE=display xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$0"
    ;;
display)
    printf '%s' "screenshots" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    trap 'kill $keyring 2>/dev/null || true' EXIT
    sleep 1
    export QT_QPA_PLATFORM=xcb
    "$BMB_SHOTS_BUILD/tests/gui/bmb_screenshot_tour" --out "$here"
    "$BMB_SHOTS_BUILD/tests/gui/bmb_screenshot_tour" --out "$here" --lang vi
    ;;
esac
