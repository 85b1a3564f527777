# Sourced by the command-line test scripts: `check NAME COMMAND...` counts COMMAND's
# success or prints "FAIL: NAME"; `finish` prints the tally and fails when anything failed.
passed=0
failed=0
check() {
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
finish() {
  echo "$passed passed, $failed failed"
  test "$failed" -eq 0
}
