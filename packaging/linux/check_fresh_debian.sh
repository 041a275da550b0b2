#!/usr/bin/env bash
# Does the .deb start on a FRESH Debian 12 with only the packages it declares?
#   packaging/linux/check_fresh_debian.sh build/packaging/ipcase_0.1.0_amd64.deb [WORK_DIR]
# Root only (debootstrap, chroot); needs a Debian mirror (deb.debian.org) and ≈ 4–5 minutes; not part of CI.
# Makes a minbase bookworm tree (≈ 90 packages), installs the .deb in it with apt (which brings exactly the declared
# Depends), creates an office in a new database and starts the app offscreen to its first window (IPCASE_SMOKE).
set -euo pipefail
deb="$(readlink -f "$1")"
root="${2:-$(mktemp -d "${TMPDIR:-/tmp}/ipcase-fresh.XXXXXX")}/bookworm"
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
[[ -x "$root/bin/sh" ]] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/tmp/ipcase.deb"
echo "packages before: $(chroot "$root" dpkg-query -W | wc -l)"
chroot "$root" /bin/sh -c 'apt-get update -q >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/ipcase.deb >/dev/null'
echo "packages after:  $(chroot "$root" dpkg-query -W | wc -l)"
# Every Qt platform plug-in (xcb for X11 desktops, wayland) must find its libraries too, not only offscreen.
chroot "$root" /bin/sh -c 'cd /opt/ipcase/_internal && LD_LIBRARY_PATH=/opt/ipcase/_internal:/opt/ipcase/_internal/PySide6/Qt/lib \
    ldd PySide6/Qt/plugins/platforms/*.so PySide6/Qt/plugins/platforminputcontexts/*.so | grep "not found"' \
    && { echo "a Qt plug-in misses a library on a fresh Debian 12" >&2; exit 1; }
chroot "$root" /bin/sh -c 'cd / && HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    ipcase --data-dir /root/ipcase init --office-name 某市市场监督管理局 --short-name 某市 --admin-password ipcase2026x'
shown=$(chroot "$root" /bin/sh -c 'cd / && HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen IPCASE_SMOKE=1 \
    timeout 300 ipcase --data-dir /root/ipcase')
echo "$shown"
grep -qx "window shown: LoginDialog" <<< "$shown" && echo "fresh Debian 12: OK"
