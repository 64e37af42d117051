#!/usr/bin/env bash
# The README's second command (and what .ci/run calls): installs what is missing, checks
# that this script fails when it should, builds with warnings as errors, starts a throwaway
# PostgreSQL 15 cluster, runs every test on SQLite and PostgreSQL, stops the cluster whatever
# happens. Then, unless AMANAH_SANITIZE_TESTS=0, the same suite again in an ASan+UBSan build.
#
# Every step is a separate program run through `step`, never a shell function inside an
# `||` or `if` list (where `set -e` does not act): the first step that fails ends the run,
# and the last lines name it. Each phase's duration is printed at the end, pass or fail.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

started=$SECONDS
timings=()
print_timings() {
    echo "test: phases"
    local t
    for t in "${timings[@]}"; do
        echo "test:   $t"
    done
    printf 'test:   %-44s %5ds\n' "total" $((SECONDS - started))
}

# step NAME COMMAND [ARGS...]: runs an external command; on failure prints the phases and
# exits with its status, naming the step.
step() {
    local name="$1"
    shift
    local t0=$SECONDS rc=0
    echo "test: == $name"
    "$@" || rc=$?
    timings+=("$(printf '%-44s %5ds%s' "$name" $((SECONDS - t0)) "$([ "$rc" -eq 0 ] || echo "  FAILED (exit $rc)")")")
    if [ "$rc" -ne 0 ]; then
        print_timings
        echo "test: FAILED at step \"$name\" (exit $rc)" >&2
        exit "$rc"
    fi
}

step "install packages (scripts/bootstrap.sh)" "$root/scripts/bootstrap.sh"

if [ "${AMANAH_TEST_SELFCHECK:-1}" != 0 ]; then
    step "self-check: broken trees fail this script" "$root/tests/scripts/test-script-fails.sh"
fi

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

ctest_args=(--output-on-failure --no-tests=error --parallel "$jobs" --timeout 900)

step "build (Release, warnings as errors)" "$root/scripts/build.sh" "$root/build" -DAMANAH_WERROR=ON
step "tests (Release)" ctest --test-dir "$root/build" "${ctest_args[@]}"

if [ "${AMANAH_SANITIZE_TESTS:-1}" != 0 ]; then
    echo "test: the same suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    # Benchmarks are not tests: the sanitizer build leaves them out.
    step "build (ASan+UBSan)" "$root/scripts/build.sh" "$root/build-asan" -DAMANAH_WERROR=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAMANAH_SANITIZE=ON -DAMANAH_BUILD_BENCHMARKS=OFF
    step "tests (ASan+UBSan)" ctest --test-dir "$root/build-asan" "${ctest_args[@]}"
fi

print_timings
echo "test: every step passed"
