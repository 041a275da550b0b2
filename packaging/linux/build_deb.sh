#!/usr/bin/env bash
# Make ipcase_<version>_amd64.deb from a built bundle: `packaging/linux/build_deb.sh BUNDLE_DIR OUT_DIR`.
#   /opt/ipcase/            the PyInstaller one-folder bundle (read-only; data goes to the user's data directory)
#   /usr/bin/ipcase         launcher
#   /usr/share/applications/ipcase.desktop, /usr/share/icons/hicolor/scalable/apps/ipcase.svg
# Depends: is computed, not guessed: every shared library that an ELF file of the bundle needs and that is not in
# the bundle itself is looked up with `dpkg -S` on this (Debian 12) build machine; libraries this machine does not
# have (Qt's xcb plugin wants a few that a desktop has and a server lacks) come from the table KNOWN below, and an
# unknown missing library fails the build instead of making a package that cannot start.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bundle="$(cd "$1" && pwd)"
out="$(mkdir -p "$2" && cd "$2" && pwd)"
version=$(python3 -c 'import re,sys; print(re.search(r"^version\s*=\s*\"([^\"]+)\"", open("pyproject.toml").read(), re.M).group(1))')
arch=$(dpkg --print-architecture)

# soname -> Debian 12 package, for libraries a headless build machine may lack.
declare -A KNOWN=(
    [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-cursor.so.0]=libxcb-cursor0
    [libxcb-image.so.0]=libxcb-image0 [libxcb-render-util.so.0]=libxcb-render-util0
    [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-randr.so.0]=libxcb-randr0
    [libxcb-shape.so.0]=libxcb-shape0 [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-sync.so.1]=libxcb-sync1
    [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-xinput.so.0]=libxcb-xinput0 [libxcb-render.so.0]=libxcb-render0
    [libxcb-shm.so.0]=libxcb-shm0 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0
    [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
    [libwayland-egl.so.1]=libwayland-egl1 [libxcb-glx.so.0]=libxcb-glx0
)

pkgroot=$(mktemp -d "${TMPDIR:-/tmp}/ipcase-deb.XXXXXX")
trap 'rm -rf "$pkgroot"' EXIT
mkdir -p "$pkgroot/DEBIAN" "$pkgroot/opt" "$pkgroot/usr/bin" "$pkgroot/usr/share/applications" \
         "$pkgroot/usr/share/icons/hicolor/scalable/apps" "$pkgroot/usr/share/doc/ipcase"
cp -a "$bundle" "$pkgroot/opt/ipcase"
install -m 0755 packaging/linux/launcher.sh "$pkgroot/usr/bin/ipcase"
install -m 0644 packaging/linux/ipcase.desktop "$pkgroot/usr/share/applications/ipcase.desktop"
install -m 0644 resources/icons/ipcase.svg "$pkgroot/usr/share/icons/hicolor/scalable/apps/ipcase.svg"
install -m 0644 resources/fonts/wqy-microhei-LICENSE.txt "$pkgroot/usr/share/doc/ipcase/wqy-microhei-LICENSE.txt"

# ---- Depends
# Every "needed library => where it resolves" pair of the bundle's ELF files, once (ldd per file, one at a time:
# ldd's lines are written in pieces, and parallel workers sharing the pipe cut each other's lines, which once made a
# path of "/tmp/ipcase-" that no package owns; one after another takes ≈ 2 s).
pairs=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 -n 20 sh -c 'for f; do head -c 4 "$f" | grep -q ELF && \
        LD_LIBRARY_PATH="$0/_internal:$0/_internal/PySide6/Qt/lib" ldd "$f" 2>/dev/null; done; true' "$bundle" \
    | awk '$2 == "=>" { print $1, $3 }' | sort -u)
declare -A packages=()
missing=()
system_paths=()
while read -r soname path; do
    if [[ "$path" == "not" ]]; then
        [[ -e "$bundle/_internal/$soname" ]] && continue
        if [[ -n "${KNOWN[$soname]:-}" ]]; then packages[${KNOWN[$soname]}]=1; else missing+=("$soname"); fi
    elif [[ "$path" != "$bundle"* ]]; then
        system_paths+=("$(readlink -f "$path")")
    fi
done <<< "$pairs"
if [[ ${#system_paths[@]} -gt 0 ]]; then
    unique=$(printf '%s\n' "${system_paths[@]}" | sort -u)
    # dpkg knows /usr/lib/... and /lib/... as installed; ask by base name pattern on the merged-/usr layout.
    while IFS= read -r real; do
        owner=$(dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "*/$(basename "$real")" 2>/dev/null | head -n 1 || true)
        owner=${owner%%: *}
        owner=${owner%%,*}
        if [[ -n "$owner" ]]; then packages[$owner]=1; else missing+=("$real"); fi
        echo "  needs $real (${owner:-?})"
    done <<< "$unique"
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    printf 'no Debian package known for:\n' >&2
    printf '  %s\n' "${missing[@]}" | sort -u >&2
    exit 1
fi
# The fonts configuration Qt reads at start (libfontconfig1 brings the library, fontconfig-config its defaults).
packages[fontconfig-config]=1
depends=$(printf '%s\n' "${!packages[@]}" | sed 's/:amd64$//' | sort -u | paste -sd, - | sed 's/,/, /g')
size_kb=$(du -sk "$pkgroot" | cut -f1)

cat > "$pkgroot/DEBIAN/control" <<CONTROL
Package: ipcase
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: ipcase developers <ipcase@localhost>
Installed-Size: $size_kb
Depends: $depends
Description: 专利侵权纠纷行政裁决案件管理 (case management for patent disputes)
 Desktop application for Chinese offices that handle patent-infringement
 disputes by administrative adjudication: intake, procedure deadlines,
 documents, hearings, mediation and statistics, over an embedded SQLite
 database or an office's shared PostgreSQL server. Runs without a Python
 installation (PyInstaller bundle in /opt/ipcase).
CONTROL
find "$pkgroot" -type d -exec chmod 0755 {} +
# gzip, not xz: every dpkg (older UOS/Kylin ones too) reads it, and it builds in seconds instead of minutes.
deb="$out/ipcase_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$pkgroot" "$deb" >/dev/null
echo "deb: $deb ($(du -h "$deb" | cut -f1)); Depends: $depends"
