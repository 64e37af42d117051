#!/usr/bin/env bash
# Checks that scripts/test.sh (and so .ci/run) fails, naming the step, whenever it should:
# a CMakeLists.txt that does not configure, a test binary that does not build, a test that
# fails, a tree that registers no test, a suite that fails only under the sanitizers. And
# that it passes on a small tree where everything passes, so the failures above are theirs.
# Each case runs the real scripts/ in a throwaway tree; scripts/test.sh runs this first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/amanah-selfcheck.XXXXXX)"
trap 'rm -rf "$work"' EXIT

failures=0

# new_tree NAME: a tree with this checkout's scripts/ and a one-test CMake project.
new_tree() {
    local t="$work/$1"
    mkdir -p "$t/tests/scripts"
    cp -a "$root/scripts" "$t/"
    cat >"$t/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(SelfCheck LANGUAGES CXX)
option(AMANAH_WERROR "" OFF)
option(AMANAH_SANITIZE "" OFF)
if(AMANAH_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
enable_testing()
add_executable(passes passes.cpp)
add_test(NAME passes COMMAND passes)
CMAKE
    echo 'int main() { return 0; }' >"$t/passes.cpp"
    echo "$t"
}

# expect NAME WANT STEP TREE: runs the tree's scripts/test.sh; WANT is pass or fail, and a
# failure's last lines must name STEP.
expect() {
    local name="$1" want="$2" stepname="$3" tree="$4" sanitize="${5:-0}"
    local log="$work/$name.log" rc=0
    AMANAH_TEST_SELFCHECK=0 AMANAH_SANITIZE_TESTS="$sanitize" bash "$tree/scripts/test.sh" >"$log" 2>&1 || rc=$?
    if [ "$want" = pass ]; then
        if [ "$rc" -eq 0 ]; then
            echo "self-check: ok   $name: exit 0"
            return 0
        fi
        echo "self-check: FAIL $name: expected exit 0, got $rc; last lines:"
    elif [ "$rc" -eq 0 ]; then
        echo "self-check: FAIL $name: scripts/test.sh exited 0; last lines:"
    elif ! tail -n 3 "$log" | grep -qF "FAILED at step \"$stepname"; then
        echo "self-check: FAIL $name: exit $rc, but the last lines do not name step \"$stepname\":"
    else
        echo "self-check: ok   $name: exit $rc at step \"$stepname\""
        return 0
    fi
    tail -n 15 "$log" | sed 's/^/    /'
    failures=$((failures + 1))
}

# 1. A control: everything passes, so the script passes.
t="$(new_tree control)"
expect control pass "" "$t"

# 2. The project's own top-level CMakeLists.txt with a syntax error.
t="$work/broken-cmake"
mkdir -p "$t"
(cd "$root" && tar --exclude='./build*' --exclude=./.git -cf - .) | tar -C "$t" -xf -
printf 'add_subdirectory(core\n' >>"$t/CMakeLists.txt"
expect broken-cmakelists fail "build (Release" "$t"

# 3. A test binary that does not compile.
t="$(new_tree no-compile)"
echo 'int main() { return undeclared_name; }' >"$t/passes.cpp"
expect test-binary-does-not-build fail "build (Release" "$t"

# 4. A test that fails.
t="$(new_tree failing-test)"
echo 'int main() { return 1; }' >"$t/passes.cpp"
expect failing-test fail "tests (Release)" "$t"

# 5. A tree that registers no test at all.
t="$(new_tree zero-tests)"
sed -i '/add_test/d' "$t/CMakeLists.txt"
expect zero-tests fail "tests (Release)" "$t"

# 6. A bug only the sanitizers see: the Release half passes, the ASan half must fail.
t="$(new_tree asan-only)"
cat >"$t/passes.cpp" <<'CPP'
#include <cstdlib>
int main(int argc, char**)
{
    int* p = new int[2];
    p[0] = p[1] = 0;
    int r = p[argc + 1]; // reads past the end: only ASan notices
    delete[] p;
    std::srand(static_cast<unsigned>(r));
    return 0;
}
CPP
expect sanitizer-only-bug fail "tests (ASan+UBSan)" "$t" 1

if [ "$failures" -ne 0 ]; then
    echo "self-check: $failures case(s) did not behave; scripts/test.sh cannot be trusted to fail" >&2
    exit 1
fi
echo "self-check: scripts/test.sh fails on every broken tree and passes on a good one"
