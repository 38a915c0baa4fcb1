#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tarmac contributors
#
# The .deb test: builds Tarmac's .deb with CPack, installs it with apt (which resolves its
# dependencies from the Debian mirror) into a clean Debian 13 root made by mmdebstrap, and runs
# check_installed_deb.sh on that root as a customize hook.
#
#   deb_install.sh BUILD_DIR VERSION
#
# Needs real root: mmdebstrap's root mode mounts and chroots. Run as anyone else it exits 77, which
# ctest reports as skipped with the reason below. The root lives on a tmpfs of its own (dpkg is
# three times faster there than on disk, and it goes away with the mount namespace); downloaded
# .debs are kept in BUILD_DIR/deb-install-test/apt-archives for the next run.
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
work="$build_dir/deb-install-test"

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# Real root: uid 0 in the first user namespace (a user namespace's root cannot chown or mknod).
read -r _ uid_outside uid_count </proc/self/uid_map
if [ "$(id -u)" -ne 0 ]; then
    skip "installing the .deb into a clean Debian 13 root needs real root (mmdebstrap --mode=root mounts, chowns and chroots), and this runs as uid $(id -u); run the suite as root, as CI does"
elif [ "$uid_outside" -ne 0 ] || [ "$uid_count" -ne 4294967295 ]; then
    skip "installing the .deb into a clean Debian 13 root needs real root (mmdebstrap --mode=root mounts, chowns and chroots), and this is root of a user namespace only; run the suite as real root, as CI does"
fi
unshare --mount true 2>/dev/null || skip "running as root without the right to mount (no CAP_SYS_ADMIN, as in an unprivileged container); mmdebstrap --mode=root needs it"
for tool in cpack mmdebstrap dpkg-deb python3; do
    command -v "$tool" >/dev/null || fail "$tool is missing (it is in scripts/toolchain-packages.txt)"
done

mkdir -p "$work/apt-archives"
rm -rf "$work/package" "$work/root" "$work"/*.log
mkdir -p "$work/package" "$work/root"

echo "--- building the .deb with CPack"
SECONDS=0
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1; then
    tail -n 30 "$work/cpack.log"
    fail "cpack could not build the .deb (log: $work/cpack.log)"
fi
debs=("$work"/package/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/package, found: ${debs[*]}"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), built in ${SECONDS}s"
dpkg-deb --field "$deb" Package Version Architecture Depends

mirror=$("$top/scripts/debian-mirror")
echo "--- installing it into a clean Debian 13 root (mmdebstrap, mirror $mirror)"
SECONDS=0
# A private mount namespace: the tmpfs and every mount mmdebstrap makes vanish when it ends, even
# if this script is killed.
if ! unshare --mount --propagation private sh -c '
        mount -t tmpfs -o size=6g,mode=0755 tarmac-deb-test "$1" || exit 1
        shift
        exec mmdebstrap "$@"' sh "$work/root" \
    --mode=root --variant=apt --dpkgopt=force-unsafe-io \
    --skip=essential/unlink --skip=cleanup/tmp \
    --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $work/apt-archives /var/cache/apt/archives/" \
    --include="$deb" \
    --customize-hook="sync-out /var/cache/apt/archives $work/apt-archives" \
    --customize-hook="'$here/check_installed_deb.sh' \"\$1\" '$version'" \
    trixie "$work/root" "$mirror" >"$work/mmdebstrap.log" 2>&1; then
    grep -vE '^I: (running|skipping)' "$work/mmdebstrap.log" | tail -n 60
    fail "installing or checking the .deb in a clean root failed (log: $work/mmdebstrap.log)"
fi
# The checks' own output, without mmdebstrap's progress lines.
grep -E '^(ok|---) ' "$work/mmdebstrap.log" || true
rmdir "$work/root"
# CPack's staging copy of the installation is as big again as the build's programs.
rm -rf "$work/package/_CPack_Packages"
echo "made the root, installed and checked in ${SECONDS}s"
