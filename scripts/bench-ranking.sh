#!/usr/bin/env bash
# Ranking benchmark (issue 4 "Speed"): fills PostgreSQL by SQL with 10,000 lawyers in 1,000 firms,
# a year of assignment history (30,000 assignments) and 5,000 declared interests, then ranks the
# candidates for one granted application through AssignmentService.rank in the server —
# BENCH_WARMUP calls (default 50), then BENCH_CALLS timed calls (default 300) — and prints the
# median, p95 and max in ms (goal: median < 50 ms). Set-up (PostgreSQL, database) as for the test
# suite; the figures are also written to arquillian-tests/target/bench/ranking.txt.
#   scripts/bench-ranking.sh [extra Maven arguments, e.g. -Dmaven.repo.local=...]
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_WARMUP="${BENCH_WARMUP:-50}" BENCH_CALLS="${BENCH_CALLS:-300}"
export BENCH_OUT="$PWD/arquillian-tests/target/bench/ranking.txt"
export LEGALAID_TEST_DB="${LEGALAID_TEST_DB:-legalaid_bench}"
mvn -q -B install -DskipTests "$@"
scripts/test.sh "$@" -pl arquillian-tests -Dit.test=RankingBench -Dsurefire.failIfNoSpecifiedTests=false
cat "$BENCH_OUT"
