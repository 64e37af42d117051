// The libraries that hold the suites' shared precompiled headers (amanah_test_pch in
// tests/CMakeLists.txt) compile this one empty file.
namespace {
[[maybe_unused]] constexpr int pchHolder = 0;
} // namespace
