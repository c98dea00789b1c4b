#!/usr/bin/env bash
# Builds the .deb from a build tree with cpack (into a temporary folder) and checks it without installing
# it into this system:
#   - dpkg-deb -I: Package, Architecture, Depends filled by dpkg-shlibdeps (every library the programs link
#     is named with a minimum version), no build-only packages;
#   - dpkg-deb -c: both programs, the .desktop file, the AppStream metainfo and the icon, nothing else of
#     the build (headers, static libraries, tests);
#   - one application id everywhere: metainfo <id>, <launchable>, .desktop file name, Icon=, and the id the
#     GUI announces (QGuiApplication::setDesktopFileName); desktop-file-validate, appstreamcli validate;
#   - apt-get install --simulate on the .deb (as root only: apt resolves the dependencies on this system);
#   - dpkg-deb -x into a temporary folder, then the extracted brandmind-backup-cli --version and
#     brandmind-backup --version, and the extracted GUI started offscreen under a throw-away HOME.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
shopt -s nullglob

build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/bmb-deb-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-architecture desktop-file-validate appstreamcli python3 timeout ldd objdump; do
    command -v "$tool" >/dev/null || fail "$tool is missing; packaging/install-build-deps.sh (as root) installs it"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake not found: configure the build tree first"

step "cpack -G DEB (from $build)"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || { cat "$work/cpack.log" >&2; fail "expected one .deb in the cpack output, found ${#debs[@]}"; }
deb=${debs[0]}
echo "built $(basename "$deb")"

step "dpkg-deb -I"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = brandmind-backup ] || fail "Package is '$(field Package)', expected brandmind-backup"
arch=$(dpkg --print-architecture)
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)', expected $arch"
version=$(field Version)
[ -n "$version" ] || fail "no Version"
depends=$(field Depends)
[ -n "$depends" ] || fail "no Depends: dpkg-shlibdeps did not run"

# The package names in a relation field, one a line (alternatives and version constraints dropped).
package_names() { tr ',|' '\n\n' <<<"$1" | sed -E 's/\(.*\)//; s/\[.*\]//; s/:[a-z0-9]+//; s/[[:space:]]//g' | sed '/^$/d'; }

# Nothing a build needs may be required or recommended at run time.
for relation in Depends Pre-Depends Recommends; do
    for name in $(package_names "$(field "$relation")"); do
        case "$name" in
            *-dev | *-dev-tools | *-dev-bin | build-essential | cmake | ninja-build | make | pkg-config | gcc* | g++* | \
            qt6-tools* | qt6-l10n-tools | linguist-qt6 | redis-server | redis-tools | xvfb | nodejs | npm | dpkg-dev)
                fail "$relation names the build-only package $name: $(field "$relation")" ;;
        esac
    done
done

step "dpkg-deb -c"
dpkg-deb -c "$deb"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
has_file() { grep -qxF "$1" <<<"$contents" || fail "the package lacks $1"; }
has_file /usr/bin/brandmind-backup
has_file /usr/bin/brandmind-backup-cli
if grep -E '\.(a|h|cmake|la)$|/include/|/tst_|standin|/tests?/' <<<"$contents"; then
    fail "the package carries files of the build (above)"
fi

step "dpkg-deb -x"
root="$work/root"
dpkg-deb -x "$deb" "$root"

step "one application id"
metainfos=("$root"/usr/share/metainfo/*.metainfo.xml)
[ ${#metainfos[@]} -eq 1 ] || fail "expected one AppStream file in /usr/share/metainfo, found ${#metainfos[@]}"
metainfo=${metainfos[0]}
xml_text() { python3 -c 'import sys, xml.etree.ElementTree as E; e = E.parse(sys.argv[1]).getroot().find(sys.argv[2]); print("" if e is None else e.text.strip())' "$metainfo" "$1"; }
id=$(xml_text id)
launchable=$(xml_text "launchable[@type='desktop-id']")
echo "AppStream id: $id, launchable: $launchable"
[ -n "$id" ] || fail "the metainfo has no <id>"
[ "$(basename "$metainfo")" = "$id.metainfo.xml" ] || fail "the metainfo file is $(basename "$metainfo"), expected $id.metainfo.xml"
[ "$launchable" = "$id.desktop" ] || fail "<launchable> is '$launchable', expected $id.desktop"
desktop="$root/usr/share/applications/$id.desktop"
[ -f "$desktop" ] || fail "no /usr/share/applications/$id.desktop (found: $(ls "$root/usr/share/applications" 2>/dev/null | tr '\n' ' '))"
[ "$(ls "$root/usr/share/applications")" = "$id.desktop" ] || fail "other .desktop files: $(ls "$root/usr/share/applications" | tr '\n' ' ')"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$id" ] || fail "the .desktop file says Icon=$icon, expected $id"
icons=("$root"/usr/share/icons/hicolor/*/apps/"$icon".svg "$root"/usr/share/icons/hicolor/*/apps/"$icon".png)
[ ${#icons[@]} -ge 1 ] || fail "no icon $icon.svg/.png under /usr/share/icons/hicolor"
echo "icon: ${icons[*]#"$root"}"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ -x "$root/usr/bin/${exec_line%% *}" ] || fail "Exec=$exec_line is not a program of the package"
# QStringLiteral keeps the id as UTF-16 in the binary.
python3 - "$root/usr/bin/brandmind-backup" "$id" <<'PY' || fail "brandmind-backup does not announce the desktop file name $id (src/gui/main.cpp setDesktopFileName)"
import sys
sys.exit(0 if sys.argv[2].encode("utf-16-le") in open(sys.argv[1], "rb").read() else 1)
PY
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"

step "Depends filled by dpkg-shlibdeps"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
# True when Depends names the package (alone, not as an alternative) with a "(>= version)".
has_versioned_depend() {
    tr ',' '\n' <<<"$depends" | awk -v p="$1" '{ split($1, name, ":") } name[1] == p && $2 == "(>=" && NF == 3 { found = 1 } END { exit !found }'
}
for program in brandmind-backup brandmind-backup-cli; do
    if ldd "$root/usr/bin/$program" | grep 'not found'; then
        fail "$program links libraries this system does not have (above)"
    fi
    for needed in $(objdump -p "$root/usr/bin/$program" | awk '$1 == "NEEDED" {print $2}'); do
        owner=$(dpkg-query -S "*/$multiarch/$needed" 2>/dev/null | head -n 1 | cut -d: -f1 | cut -d, -f1) || true
        [ -n "$owner" ] || fail "no installed package owns $needed (linked by $program)"
        has_versioned_depend "$owner" \
            || fail "$program links $needed from $owner, but Depends has no '$owner (>= ...)': $depends"
    done
done
echo "every linked library's package is in Depends with a minimum version"

step "apt-get install --simulate"
if [ "$(id -u)" -eq 0 ]; then
    if ! apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
        cat "$work/apt.log" >&2
        fail "apt-get cannot install the package on this system (above)"
    fi
    cat "$work/apt.log"
    grep -q '^Inst brandmind-backup ' "$work/apt.log" || fail "apt-get would not install brandmind-backup"
    if grep '^Remv ' "$work/apt.log"; then
        fail "installing the package would remove packages (above)"
    fi
else
    # check-skips.sh (make test) turns this line into a failure: CI runs as root.
    echo "SKIP   : packaging_deb apt-get install --simulate: not running as root; run the test as root (as CI does) to check that apt can resolve the dependencies"
fi

step "the extracted programs start"
home="$work/home"
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
# A clean environment: a throw-away HOME, no session bus (so no real keyring is asked), no display.
run() {
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$home/runtime/no-such-bus" QT_QPA_PLATFORM=offscreen "$@"
}
cli_version=$(run "$root/usr/bin/brandmind-backup-cli" --version) || fail "brandmind-backup-cli --version failed"
echo "$cli_version"
[ "$cli_version" = "brandmind-backup-cli $version" ] || fail "brandmind-backup-cli --version says '$cli_version', the package is $version"
gui_version=$(run "$root/usr/bin/brandmind-backup" --version 2>"$work/gui-version.err") \
    || { cat "$work/gui-version.err" >&2; fail "brandmind-backup --version failed"; }
echo "$gui_version"
[ "$gui_version" = "brandmind-backup $version" ] || fail "brandmind-backup --version says '$gui_version', the package is $version"

# The window itself: started offscreen, it must still be running when `timeout` stops it (status 124);
# a missing library or plugin, or a crash while building the window, ends it before.
status=0
run timeout --kill-after=10 5 "$root/usr/bin/brandmind-backup" >"$work/gui.out" 2>"$work/gui.err" || status=$?
cat "$work/gui.err"
[ "$status" -eq 124 ] || fail "brandmind-backup ended with status $status instead of running until stopped"
if grep -Ei 'could not (load|find) the qt platform plugin|error while loading shared libraries|cannot open shared object' "$work/gui.err"; then
    fail "brandmind-backup could not load what it needs (above)"
fi
[ -z "$(ls -A "$home/config")" ] || echo "(the GUI wrote into its throw-away config folder: $(ls -A "$home/config"))"

echo "packaging_deb: $(basename "$deb") OK"
