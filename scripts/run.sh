#!/usr/bin/env bash
# The README's first command: installs what is missing, builds (Release) and opens Amanah
# on the demo workspace (created on first run under the user's data folder).
# Usage: scripts/run.sh [--xvfb] [amanah options, e.g. --workspace FILE]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

use_xvfb=0
args=()
for a in "$@"; do
    case "$a" in
        --xvfb) use_xvfb=1 ;;
        *) args+=("$a") ;;
    esac
done

"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" "$root/build"

app="$root/build/bin/amanah"
if [ "$use_xvfb" = 1 ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "${args[@]}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "Amanah is built ($app) but there is no display to show it on." >&2
    echo "Run it from a desktop session, or use a virtual one: scripts/run.sh --xvfb" >&2
    exit 3
fi
exec "$app" "${args[@]}"
