#!/usr/bin/env bash
# Quality draw benchmark (issue 16 "Speed"): fills quality's read model by SQL with 1,000,000 archived
# cases in 20 units and a pool of 200 evaluators, then draws and assigns a 1,000-case sample with
# cross-avoidance through CampaignService.draw in the server — BENCH_CALLS draws (default 5), each storing
# the campaign with its seed and candidate list — beside the bare SQL that selects the candidates, and
# prints the medians (goal: a draw under 2 s). Set-up (PostgreSQL, database) as for the test suite; the
# figures are also written to arquillian-tests/target/bench/quality.txt.
#   scripts/bench-quality.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_CALLS="${BENCH_CALLS:-5}" BENCH_CASES="${BENCH_CASES:-1000000}"
export BENCH_OUT="$PWD/arquillian-tests/target/bench/quality.txt"
export LEGALAID_TEST_DB="${LEGALAID_TEST_DB:-legalaid_bench}"
scripts/test.sh "$@" -Dit.test=QualityDrawBench -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
cat "$BENCH_OUT"
