#!/usr/bin/env bash
# Runs the failover drill (docs/drill.md) on a Debian/Ubuntu machine with JDK 17+ and Maven:
#   scripts/drill.sh [--scenario FILE] [--fail HOST] [--format text|json]
#   scripts/drill.sh whatif --inventory FILE
#   scripts/drill.sh serve [--scenario FILE] [--port PORT]   (CloudStack's API over the world, docs/sandbox.md)
# Installs the OS packages it uses when they are missing (as scripts/test.sh does), builds the drill quietly without
# running tests when a source changed since the last build, and runs it. The exit code is the drill's: 0 every HA VM
# came back with its devices, 1 some did not, 2 a usage or scenario error.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/os-packages.sh
. scripts/os-packages.sh
ensure_os_packages
jar=simulator/target/drill.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src simulator/scenarios -newer "$jar" -print -quit)" ]; then
    mvn -B -ntp -q -Dstyle.color=never -pl simulator -am package -DskipTests >&2
fi
exec java -jar "$jar" "$@"
