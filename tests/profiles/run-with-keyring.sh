#!/bin/sh
# Runs a test program against a real, private Secret Service (gnome-keyring-daemon) on a private
# D-Bus session bus, so keychain tests never touch the real user's keyring.
#
#   run-with-keyring.sh keyring   <program> [args]   private bus + unlocked gnome-keyring "login" collection
#   run-with-keyring.sh nobus     <program> [args]   DBUS_SESSION_BUS_ADDRESS points at nothing
#   run-with-keyring.sh noservice <program> [args]   private bus on which nothing provides org.freedesktop.secrets
#
# Works standalone and inside `dbus-run-session -- ctest` (it always starts its own bus).
# The program gets BMB_TEST_HOME (the throw-away home directory) in its environment.
set -eu

mode=$1
shift

if [ "${BMB_KEYRING_INSIDE:-}" != "1" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/bmb-keyring-test.XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime" "$home/tmp"
    chmod 700 "$home/runtime"
    # Everything the daemon, libsecret and Qt could write goes under the throw-away home.
    export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
           XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
           TMPDIR="$home/tmp" BMB_TEST_HOME="$home"
    # No desktop hints: QtKeychain must pick the Secret Service (libsecret) backend, not KWallet.
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_KEYRING_CONTROL KDE_FULL_SESSION KDE_SESSION_VERSION || true
    export BMB_KEYRING_INSIDE=1
    here=$(cd "$(dirname "$0")" && pwd)
    status=0
    case "$mode" in
        keyring)
            dbus-run-session -- "$0" "$mode" "$@" || status=$? ;;
        noservice)
            # A session bus without the standard service directories, so D-Bus cannot auto-start
            # gnome-keyring-daemon: like a server where no keychain is installed or running.
            dbus-run-session --config-file="$here/session-bus-without-services.conf" -- "$0" "$mode" "$@" || status=$? ;;
        nobus)
            DBUS_SESSION_BUS_ADDRESS="unix:path=$home/runtime/no-such-bus" "$0" "$mode" "$@" || status=$? ;;
        *)
            echo "unknown mode: $mode" >&2; exit 2 ;;
    esac
    exit $status
fi

if [ "$mode" != "keyring" ]; then
    exec "$@"
fi

# --unlock reads the password from stdin and creates (or unlocks) the "login" collection with it,
# which becomes the default collection libsecret stores into. --foreground keeps the daemon our child
# so we know its pid and can stop it.
printf '%s' "bmb-test-keyring-password" \
    | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/gkd.out" 2>"$HOME/gkd.err" &
daemon=$!
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 $daemon 2>/dev/null; then
        echo "gnome-keyring-daemon did not start:" >&2
        cat "$HOME/gkd.err" >&2
        kill $daemon 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done

status=0
"$@" || status=$?
kill $daemon 2>/dev/null || true
wait $daemon 2>/dev/null || true
exit $status
