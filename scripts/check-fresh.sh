#!/usr/bin/env bash
# Proves the README's quick start on a bare Debian 12: makes a minimal Debian 12 root with
# debootstrap (the mirror is read from this machine's own apt sources; the base tarball is
# cached), copies a clean `git archive HEAD` into it and, inside it (chroot), runs the
# README's first command with a virtual display (scripts/run.sh --xvfb, which installs,
# builds and opens the main window on the demo workspace; --screenshot saves a picture of
# it and quits), then `amanahctl --version`. With --tests it also runs the README's second
# command there (scripts/test.sh; AMANAH_SANITIZE_TESTS is passed through).
#
# Usage (as root): scripts/check-fresh.sh [--tests] [--keep]
#   AMANAH_FRESH_CACHE  where the base tarball is kept (default ~/.cache/amanah-check-fresh)
# Commits only: uncommitted changes are not part of `git archive HEAD`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

run_tests=0
keep=0
for a in "$@"; do
    case "$a" in
        --tests) run_tests=1 ;;
        --keep) keep=1 ;;
        *)
            echo "usage: scripts/check-fresh.sh [--tests] [--keep]" >&2
            exit 2
            ;;
    esac
done
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh: needs root (debootstrap and chroot)" >&2
    exit 2
fi

say() { echo "check-fresh: $*"; }

# The first Debian mirror of this machine's apt sources (deb822 or one-line format), for the
# suite bookworm itself (not -updates or -security).
find_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
            /^[[:space:]]*$/ { if (uri != "" && suites ~ /(^| )bookworm( |$)/ && types ~ /(^| )deb( |$)/) { print uri; exit }
                               uri = ""; suites = ""; types = ""; next }
            /^URIs:/   { uri = $2 }
            /^Suites:/ { $1 = ""; suites = $0 " " }
            /^Types:/  { $1 = ""; types = $0 " " }
            END { if (uri != "" && suites ~ /(^| )bookworm( |$)/ && types ~ /(^| )deb( |$)/) print uri }
        ' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" && $3 == "bookworm" { print $2 }' "$f"
    done
}
mirror="$(find_mirror | head -n 1)"
if [ -z "$mirror" ]; then
    echo "check-fresh: no Debian 12 (bookworm) mirror in this machine's apt sources" >&2
    exit 1
fi

if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
fi

cache="${AMANAH_FRESH_CACHE:-$HOME/.cache/amanah-check-fresh}"
mkdir -p "$cache"
base="$cache/bookworm-minbase.tar"
if [ ! -s "$base" ]; then
    say "making a bare Debian 12 root from $mirror (cached as $base)"
    tmp="$(mktemp -d /var/tmp/amanah-debootstrap.XXXXXX)"
    debootstrap --variant=minbase bookworm "$tmp/root" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
        { tail -n 30 "$tmp/debootstrap.log" >&2; rm -rf "$tmp"; exit 1; }
    rm -rf "$tmp/root/var/cache/apt/archives/"*.deb
    tar -C "$tmp/root" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$tmp"
fi

work="$(mktemp -d /var/tmp/amanah-fresh.XXXXXX)"
chroot_dir="$work/root"
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    if [ "$keep" = 1 ]; then
        say "kept $chroot_dir"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT INT TERM

mkdir -p "$chroot_dir"
tar -C "$chroot_dir" -xf "$base"
# The machine's own apt sources (its mirror, updates and security), and its name service.
rm -f "$chroot_dir/etc/apt/sources.list"
mkdir -p "$chroot_dir/etc/apt/sources.list.d"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    if grep -qE 'debian' "$f"; then
        cp "$f" "$chroot_dir${f}"
    fi
done
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"

mkdir -p "$chroot_dir/src/amanah"
git -C "$root" archive HEAD | tar -C "$chroot_dir/src/amanah" -xf -
say "testing commit $(git -C "$root" rev-parse --short HEAD) in $chroot_dir"

mount -t proc proc "$chroot_dir/proc" && mounted+=("$chroot_dir/proc")
mount -t sysfs sys "$chroot_dir/sys" && mounted+=("$chroot_dir/sys")
mount --bind /dev "$chroot_dir/dev" && mounted+=("$chroot_dir/dev")
mount -t devpts devpts "$chroot_dir/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null && mounted+=("$chroot_dir/dev/pts") || true
mount -t tmpfs tmpfs "$chroot_dir/dev/shm" && mounted+=("$chroot_dir/dev/shm")

inside() {
    chroot "$chroot_dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        AMANAH_SANITIZE_TESTS="${AMANAH_SANITIZE_TESTS:-1}" CI="${CI:-}" \
        /bin/bash -c "cd /src/amanah && $1"
}

t0=$SECONDS
say "README's first command: scripts/run.sh --xvfb (with --screenshot, to quit on its own)"
inside 'scripts/run.sh --xvfb --screenshot /tmp/amanah-main-window.png'
size="$(stat -c %s "$chroot_dir/tmp/amanah-main-window.png" 2>/dev/null || echo 0)"
if [ "$size" -lt 10000 ]; then
    echo "check-fresh: FAILED: the main window's picture is missing or empty ($size bytes)" >&2
    exit 1
fi
cp "$chroot_dir/tmp/amanah-main-window.png" "$cache/main-window.png"
say "main window shown under xvfb-run ($size bytes; a copy in $cache/main-window.png) after $((SECONDS - t0))s"

version="$(inside 'build/bin/amanahctl --version')"
say "amanahctl --version: $version"
if [ -z "$version" ]; then
    echo "check-fresh: FAILED: amanahctl --version printed nothing" >&2
    exit 1
fi

if [ "$run_tests" = 1 ]; then
    t1=$SECONDS
    say "README's second command: scripts/test.sh"
    inside 'scripts/test.sh'
    say "scripts/test.sh passed after $((SECONDS - t1))s"
fi
say "passed in $((SECONDS - t0))s"
