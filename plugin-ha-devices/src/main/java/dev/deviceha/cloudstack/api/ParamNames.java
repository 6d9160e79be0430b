package dev.deviceha.cloudstack.api;

/** Names of the parameters CloudStack's ApiConstants does not define, in CloudStack's lower-case style. */
final class ParamNames {
    static final String KIND = "kind";
    static final String TAG = "tag";
    static final String FREE = "free";
    static final String PRIORITY = "priority";
    static final String VENDOR_ID = "vendorid";
    static final String PRODUCT_ID = "productid";
    static final String NETDEV = "netdev";
    static final String PCI_ADDRESS = "pciaddress";
    static final String DEVICE_IDS = "deviceids";
    static final String COUNT = "count";
    static final String VLAN = "vlan";
    static final String TRUST = "trust";
    static final String SPOOF_CHECK = "spoofchk";
    static final String MAC_ADDRESSES = "macaddresses";
    static final String NUMA = "numa";
    static final String PROTECTED = "protected";

    /** Room for the longest KIND/name a TagRef parses. */
    static final int TAG_LENGTH = 64;

    /**
     * Set on every command and on every UUID parameter: for a UUID parameter without {@code since} the dispatcher
     * also accepts internal numeric ids, and this API takes UUIDs only.
     */
    static final String SINCE = "4.22.0";

    private ParamNames() {
    }
}
