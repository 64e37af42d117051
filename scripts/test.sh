#!/usr/bin/env bash
# The README's second command (and what .ci/run calls): installs what is missing, builds
# with warnings as errors, starts a throwaway PostgreSQL 15 cluster, runs every test on
# SQLite and PostgreSQL, stops the cluster whatever happens, and ends with CTest's summary.
# Then, unless AMANAH_SANITIZE_TESTS=0, the same suite again in an ASan+UBSan build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

"$root/scripts/bootstrap.sh"

pgdir="$(mktemp -d /tmp/amanah-pg.XXXXXX)"
cleanup() { "$root/scripts/pg-cluster.sh" stop "$pgdir"; }
trap cleanup EXIT INT TERM

if pgenv="$("$root/scripts/pg-cluster.sh" start "$pgdir")"; then
    eval "$pgenv"
    echo "test: PostgreSQL 15 test cluster on ${AMANAH_TEST_PG##*@}"
else
    if [ "${CI:-}" = "true" ]; then
        echo "test: FAILED to start the PostgreSQL test cluster; CI never skips the PostgreSQL suite." >&2
        exit 1
    fi
    echo "test: WARNING: no PostgreSQL test cluster; the *_postgres tests will be skipped." >&2
fi

run_suite() {
    local build="$1"
    shift
    "$root/scripts/build.sh" "$build" -DAMANAH_WERROR=ON "$@"
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" --timeout 900)
}

status=0
run_suite "$root/build" || status=$?

if [ "$status" -eq 0 ] && [ "${AMANAH_SANITIZE_TESTS:-1}" != 0 ]; then
    echo "test: the same suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    run_suite "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAMANAH_SANITIZE=ON || status=$?
fi
exit "$status"
