#!/usr/bin/env bash
# Runs every test of the project on a Debian/Ubuntu machine with JDK 17+ and Maven.
# Installs the OS packages the tests use (libvirt's test driver, virsh, virt-xml-validate) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/os-packages.sh
. scripts/os-packages.sh
ensure_os_packages
exec mvn -B -ntp verify "$@"
