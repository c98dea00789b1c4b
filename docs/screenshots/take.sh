#!/bin/sh
# Takes the README screenshots of brandmind-backup on a virtual X display, in a throw-away home directory
# (so no real profile, keychain or setting is read or changed), with two demo connection profiles.
#
#   docs/screenshots/take.sh [path/to/brandmind-backup]     (default: brandmind-backup on PATH)
#
# Needs: xvfb (xvfb-run), xdotool, imagemagick (import), dbus (dbus-run-session), gnome-keyring.
# Writes docs/screenshots/*.png next to this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app=${1:-brandmind-backup}
command -v "$app" >/dev/null || { echo "take.sh: $app not found" >&2; exit 2; }
app=$(command -v "$app")

if [ "${BMB_SHOTS_INSIDE:-}" != "1" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/bmb-screenshots.XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/config/BrandMind/brandmind-backup" "$home/data" "$home/cache" "$home/runtime" "$home/backups"
    chmod 700 "$home/runtime"
    # The profiles file the application reads (ProfileStore::defaultFilePath(): AppConfigLocation).
    cat >"$home/config/BrandMind/brandmind-backup/profiles.json" <<'JSON'
{
  "format": "brandmind-backup-profiles",
  "version": 1,
  "profiles": [
    {
      "name": "dev laptop",
      "falkordb": { "url": "redis://localhost:6379", "graphs": [] },
      "milvusBackupUrl": "",
      "milvusUrl": "",
      "s3": { "endpoint": "", "bucket": "", "root": "", "region": "", "accessKeyId": "" },
      "tls": { "caFile": "", "insecure": false },
      "secretPolicies": { "falkordb-password": "none", "s3-secret-key": "none", "milvus-token": "none" }
    },
    {
      "name": "production",
      "falkordb": { "url": "rediss://backup@falkordb.internal:6380", "graphs": ["brand_kg", "campaigns"] },
      "milvusBackupUrl": "http://milvus-backup.internal:8080",
      "milvusUrl": "http://milvus.internal:19530",
      "s3": { "endpoint": "http://minio.internal:9000", "bucket": "milvus-backups", "root": "backup",
              "region": "us-east-1", "accessKeyId": "brandmind" },
      "tls": { "caFile": "", "insecure": false },
      "secretPolicies": { "falkordb-password": "ask", "s3-secret-key": "ask", "milvus-token": "none" }
    }
  ]
}
JSON
    export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
           XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" BMB_SHOTS_INSIDE=1
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION || true
    # A private session bus with an unlocked gnome-keyring, so the application finds a keychain.
    status=0
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$app" || status=$?
    exit $status
fi

printf '%s' "screenshots" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring=$!

# Starts the application with the given environment words, waits for its main window, prints the id.
start_app() {
    env "$@" "$app" >"$HOME/app.log" 2>&1 &
    app_pid=$!
    wid=$(timeout 30 xdotool search --sync --onlyvisible --name 'BrandMind Backup' | head -n 1)
    [ -n "$wid" ] || { echo "take.sh: no main window" >&2; cat "$HOME/app.log" >&2; exit 1; }
    xdotool windowmove "$wid" 0 0 windowfocus --sync "$wid"
    sleep 1.5
}

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
}

shot() { # window-id file
    sleep 1
    import -window "$1" "$here/$2"
    echo "wrote $here/$2"
}

start_app LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
shot "$wid" profiles.png
xdotool key --window "$wid" alt+b; shot "$wid" backup.png
xdotool key --window "$wid" alt+h; shot "$wid" history.png
xdotool key --window "$wid" alt+c; shot "$wid" compare.png
# Actions > Restore… opens the wizard as its own window.
xdotool key --window "$wid" alt+a; sleep 0.5; xdotool key r
wizard=$(timeout 15 xdotool search --sync --onlyvisible --name '^Restore' | head -n 1 || true)
if [ -n "$wizard" ]; then
    xdotool windowmove "$wizard" 0 0
    shot "$wizard" restore-wizard.png
else
    echo "take.sh: the restore wizard did not open" >&2
fi
stop_app

start_app LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE=
shot "$wid" profiles-vi.png
stop_app

kill "$keyring" 2>/dev/null || true
