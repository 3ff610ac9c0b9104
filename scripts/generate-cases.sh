#!/usr/bin/env bash
# Fills a migrated legalaid PostgreSQL database with COUNT realistic generated cases (issue 5):
# applicants with zh_CN names and valid ID numbers, one case each in the units of the existing tree
# with lawyers of the pool (300 are created if the pool is empty), dates in the statutory order,
# states in realistic proportions, the clocks of the closing steps (some overdue) — by COPY, in
# batches of 50,000. A second run refuses unless --force (which replaces the generated cases).
#   LEGALAID_DB_URL=jdbc:postgresql://127.0.0.1:5432/db LEGALAID_DB_USER=db LEGALAID_DB_PASSWORD=... \
#     scripts/generate-cases.sh 1000000 [--force] [-- extra Maven arguments, e.g. -Dmaven.repo.local=...]
# The database must have been migrated (the application deployed on it once, as scripts/bench-caselist.sh does).
# Needs `mvn install -DskipTests` run once before (the generator lives in arquillian-tests' test sources).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:?usage: scripts/generate-cases.sh COUNT [--force] [-- Maven arguments]}"; shift
gen_args=("$count")
if [ "${1:-}" = "--force" ]; then gen_args+=(--force); shift; fi
[ "${1:-}" = "--" ] && shift
: "${LEGALAID_DB_URL:?set LEGALAID_DB_URL, LEGALAID_DB_USER and LEGALAID_DB_PASSWORD}"
cp_file=arquillian-tests/target/bench-classpath.txt
mvn -q -B -pl arquillian-tests test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$cp_file" \
    -Dmdep.includeScope=test -DskipITs "$@"
exec java -Xmx1g -cp "arquillian-tests/target/test-classes:$(cat "$cp_file")" org.legalaid.it.bench.CaseGenerator "${gen_args[@]}"
