#!/usr/bin/env bash
# Runs every test of the project on a Debian/Ubuntu machine with JDK 17+ and Maven, in two passes:
#   1. the whole build against cloudstack-stubs (what a fresh machine can run);
#   2. the plugin's and the agent's tests (and the shared model's) again against real CloudStack 4.20 jars and the
#      libraries CloudStack 4.20 ships, when the Maven repository ../shared/cloudstack-4.20/repository sits beside this
#      repository (CI's layout). DEVICE_HA_CLOUDSTACK_420_REPOSITORY may name that repository elsewhere.
# Installs the OS packages the tests use (libvirt's test driver, virsh, virt-xml-validate) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/os-packages.sh
. scripts/os-packages.sh
ensure_os_packages
mvn -B -ntp verify "$@"

cloudstack_420="${DEVICE_HA_CLOUDSTACK_420_REPOSITORY:-../shared/cloudstack-4.20/repository}"
if [ ! -d "$cloudstack_420" ]; then
    echo "Second pass skipped: no CloudStack 4.20 Maven repository at $cloudstack_420 (README: Building against a real CloudStack)."
    exit 0
fi
echo "Second pass: plugin and agent tests against real CloudStack 4.20 from $cloudstack_420"
exec mvn -B -ntp test -Pcloudstack-release,cloudstack-4.20 \
    -Dcloudstack-4.20.repository="file://$(cd "$cloudstack_420" && pwd)" \
    -pl plugin-ha-devices,kvm-agent-extension -am "$@"
