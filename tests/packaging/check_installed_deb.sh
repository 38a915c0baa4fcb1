#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tarmac contributors
#
# Checks an installed Tarmac .deb inside a root made by mmdebstrap (deb_install.sh runs this as a
# customize hook, with /proc, /sys and /dev mounted in the root):
#
#   check_installed_deb.sh ROOT VERSION
#
# The programs run inside the root with chroot; the health check runs from outside, which shares the
# network with the root.
set -euo pipefail

root=$1
version=$2

fail() {
    echo "FAILED: $*" >&2
    exit 1
}
ok() { echo "ok $*"; }
inside() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

echo "--- the package's files"
for file in /usr/bin/tarmac /usr/bin/tarmacctl /usr/bin/tarmacd /usr/libexec/tarmac/tarmacctl-backend \
    /usr/share/applications/dev.tarmac.Tarmac.desktop /usr/share/metainfo/dev.tarmac.Tarmac.metainfo.xml \
    /usr/share/mime/packages/dev.tarmac.Tarmac.xml /usr/share/icons/hicolor/scalable/apps/dev.tarmac.Tarmac.svg \
    /usr/share/icons/hicolor/48x48/apps/dev.tarmac.Tarmac.png /usr/lib/systemd/system/tarmacd.service \
    /etc/default/tarmacd /usr/share/tarmac/examples/shop.tarmac.yaml; do
    [ -f "$root$file" ] || fail "$file is not installed"
done
ok "programs, desktop file, metainfo, MIME type, icons, systemd unit, tarmacd settings and example are installed"
# A conffile keeps the administrator's edits of /etc/default/tarmacd across upgrades.
conffiles=$(inside dpkg-query --showformat='${Conffiles}' --show tarmac)
grep -q '^ */etc/default/tarmacd ' <<<"$conffiles" || fail "/etc/default/tarmacd is not a conffile: '$conffiles'"
ok "/etc/default/tarmacd is a conffile"

echo "--- the programs start"
out=$(inside tarmac --version 2>&1) || fail "tarmac --version failed: $out"
[ "$out" = "tarmac $version" ] || fail "tarmac --version printed '$out', expected 'tarmac $version'"
ok "$out"
out=$(inside tarmacctl --version 2>&1) || fail "tarmacctl --version failed: $out"
[ "$out" = "tarmacctl $version" ] || fail "tarmacctl --version printed '$out', expected 'tarmacctl $version'"
ok "$out"

# The example composition renders with the installed templates and nunjucks.
out=$(inside tarmacctl compose /usr/share/tarmac/examples/shop.tarmac.yaml -o /tmp/shop 2>&1) ||
    fail "tarmacctl compose of the installed example failed: $out"
[ -n "$(find "$root/tmp/shop/services" -name Dockerfile -print -quit)" ] ||
    fail "tarmacctl compose wrote no service with a Dockerfile: $(find "$root/tmp/shop" | head -n 20)"
ok "tarmacctl compose renders the installed example composition"
# render runs in tarmacctl itself, compose (above) in the backend it starts from libexec.
out=$(inside tarmacctl render go-http-service --set name=orders --set owner=group:shop --set system=shop \
    -o /tmp/orders 2>&1) || fail "tarmacctl render failed: $out"
[ -f "$root/tmp/orders/Dockerfile" ] || fail "tarmacctl render wrote no Dockerfile: $out"
ok "tarmacctl render renders an installed template"

# The workbench shows its window and starts its local platform (the tarmacd installed beside it).
out=$(inside tarmac --screenshot /tmp/workbench.png --wait-for-platform 2>&1) || fail "tarmac --screenshot failed: $out"
[ -s "$root/tmp/workbench.png" ] || fail "tarmac --screenshot wrote no picture: $out"
grep -q 'local platform listening on' <<<"$out" || fail "the workbench did not start its local platform: $out"
ok "tarmac shows its window and starts its local platform"

echo "--- tarmacd starts as its systemd unit would start it"
# systemd does not run in this root: do what the unit says by hand (its state folder, its settings
# file, its ExecStart line), on a free loopback port instead of the configured one.
unit="$root/usr/lib/systemd/system/tarmacd.service"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
state_dir=$(sed -n 's/^StateDirectory=//p' "$unit")
[ -n "$exec_start" ] && [ -n "$state_dir" ] || fail "tarmacd.service has no ExecStart or StateDirectory"
mkdir -p "$root/var/lib/$state_dir"
log="$root/tmp/tarmacd.log"
chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c \
    'set -a; . /etc/default/tarmacd; TARMACD_LISTEN=127.0.0.1:0; exec '"$exec_start" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 300); do
    url=$(sed -n 's/^tarmacd: listening on //p' "$log")
    [ -n "$url" ] && break
    kill -0 $server 2>/dev/null || fail "tarmacd stopped: $(cat "$log")"
    sleep 0.1
done
[ -n "$url" ] || fail "tarmacd did not say where it listens within 30 s: $(cat "$log")"
[ -f "$root/var/lib/$state_dir/tarmacd.sqlite" ] || fail "tarmacd made no database under /var/lib/$state_dir"
health=$(python3 - "$url/api/v1/health" <<'EOF'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=10) as response:
    body = json.load(response)
    print(response.status, body["status"], body["version"], body["database"]["kind"])
EOF
) || fail "GET $url/api/v1/health failed"
[ "$health" = "200 ok $version sqlite" ] || fail "GET $url/api/v1/health: '$health', expected '200 ok $version sqlite'"
ok "tarmacd listens on $url and is healthy: $health"
