#!/usr/bin/env bash
# Builds the JMH benchmarks and runs them with the settings docs/performance.md quotes.
#   scripts/benchmarks.sh                      every benchmark (about 30 minutes on 2 cores)
#   scripts/benchmarks.sh PlanningBenchmark    one of them; any further arguments go to JMH
# Needs what scripts/test.sh needs (JDK 17+, Maven, the OS packages of the embedded MariaDB and libvirt's test driver).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/os-packages.sh
. scripts/os-packages.sh
ensure_os_packages
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
exec java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 5s -r 10s "${@:-.*}"
