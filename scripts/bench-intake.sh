#!/usr/bin/env bash
# Intake throughput benchmark (issue 3): eight clients register an applicant and receive an
# application through the service layer, one transaction each, for BENCH_SECONDS (default 30);
# then pgbench runs the same inserts with as many clients for as long against the same
# PostgreSQL. Set-up (PostgreSQL, database) as for the test suite. The figures are printed and
# written to arquillian-tests/target/bench/intake.txt.
#   scripts/bench-intake.sh            BENCH_CLIENTS=8 BENCH_SECONDS=30 by default
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_CLIENTS="${BENCH_CLIENTS:-8}" BENCH_SECONDS="${BENCH_SECONDS:-30}"
export BENCH_OUT="$PWD/arquillian-tests/target/bench/intake.txt"
export LEGALAID_TEST_DB="${LEGALAID_TEST_DB:-legalaid_bench}"
mvn -q -B install -DskipTests
scripts/test.sh -pl arquillian-tests -Dit.test=IntakeThroughputBench -Dsurefire.failIfNoSpecifiedTests=false
cat "$BENCH_OUT"
