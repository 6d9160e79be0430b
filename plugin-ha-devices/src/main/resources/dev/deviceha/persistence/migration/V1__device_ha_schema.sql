-- Device HA schema, version 1. Portable across MySQL 8.0+ and MariaDB 10.6+: InnoDB, utf8mb4 with the binary
-- collation both servers share (identifiers compare exactly), DATETIME(3) holding UTC written with UTC_TIMESTAMP(3)
-- by the database so that every management server uses one clock. CloudStack host, cluster, zone, VM and
-- service-offering ids are plain columns: those tables belong to CloudStack and are not referenced by foreign keys.

CREATE TABLE dha_device_tag (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    uuid        CHAR(36)        NOT NULL,
    kind        VARCHAR(16)     NOT NULL,
    name        VARCHAR(48)     NOT NULL,
    description VARCHAR(1024)   NULL,
    origin      VARCHAR(16)     NOT NULL,
    created_at  DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_device_tag_uuid (uuid),
    UNIQUE KEY uq_dha_device_tag_kind_name (kind, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE dha_tag_rule (
    id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    uuid             CHAR(36)        NOT NULL,
    tag_id           BIGINT UNSIGNED NOT NULL,
    priority         INT             NOT NULL,
    vendor_id        VARCHAR(4)      NULL,
    product_id       VARCHAR(4)      NULL,
    netdev_glob      VARCHAR(64)     NULL,
    pci_address_glob VARCHAR(64)     NULL,
    host_uuid        CHAR(36)        NULL,
    cluster_uuid     CHAR(36)        NULL,
    created_at       DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_tag_rule_uuid (uuid),
    KEY ix_dha_tag_rule_tag (tag_id),
    CONSTRAINT fk_dha_tag_rule_tag FOREIGN KEY (tag_id) REFERENCES dha_device_tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per inventory entry a host reported (a PCI function, or an mdev pool keyed <parent>/<type>).
-- Rows are never deleted by reconciliation: a device the host stops reporting becomes MISSING.
CREATE TABLE dha_host_device (
    id                  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    host_id             BIGINT UNSIGNED NOT NULL,
    cluster_id          BIGINT UNSIGNED NULL,
    zone_id             BIGINT UNSIGNED NOT NULL,
    address             VARCHAR(160)    NOT NULL,
    kind                VARCHAR(16)     NULL,
    backing             VARCHAR(24)     NOT NULL,
    parent_address      VARCHAR(64)     NULL,
    vf_index            INT             NULL,
    vendor_id           VARCHAR(8)      NULL,
    product_id          VARCHAR(8)      NULL,
    vendor_name         VARCHAR(255)    NULL,
    product_name        VARCHAR(255)    NULL,
    numa_node           INT             NULL,
    driver              VARCHAR(64)     NULL,
    iommu_group         INT             NULL,
    netdev              VARCHAR(64)     NULL,
    mdev_type           VARCHAR(64)     NULL,
    profile_name        VARCHAR(255)    NULL,
    available_instances INT             NULL,
    total_instances     INT             NULL,
    reported_free       BOOLEAN         NOT NULL,
    reported_used_by    VARCHAR(255)    NULL,
    -- The host reports the device (or more pool instances) in use though no allocation accounts for it.
    held_elsewhere      BOOLEAN         NOT NULL DEFAULT FALSE,
    tag_id              BIGINT UNSIGNED NULL,
    state               VARCHAR(16)     NOT NULL,
    cloudstack_managed  BOOLEAN         NOT NULL DEFAULT FALSE,
    first_seen          DATETIME(3)     NOT NULL,
    last_seen           DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_host_device_address (host_id, address),
    KEY ix_dha_host_device_tag (tag_id),
    CONSTRAINT fk_dha_host_device_tag FOREIGN KEY (tag_id) REFERENCES dha_device_tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- What a VM or a service offering asks for, one row per request item, in the order given.
CREATE TABLE dha_device_request (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    owner_type   VARCHAR(16)     NOT NULL,
    owner_id     BIGINT UNSIGNED NOT NULL,
    item_index   INT             NOT NULL,
    tag_kind     VARCHAR(16)     NOT NULL,
    tag_name     VARCHAR(48)     NOT NULL,
    unit_count   INT             NOT NULL,
    numa_policy  VARCHAR(16)     NOT NULL,
    request_text VARCHAR(1024)   NOT NULL,
    created_at   DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_device_request_item (owner_type, owner_id, item_index),
    KEY ix_dha_device_request_tag (tag_kind, tag_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The identity a VM's device keeps across hosts. Unique keys over nullable columns allow many NULLs on both servers.
CREATE TABLE dha_device_identity (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    vm_id      BIGINT UNSIGNED NOT NULL,
    zone_id    BIGINT UNSIGNED NOT NULL,
    tag_kind   VARCHAR(16)     NOT NULL,
    tag_name   VARCHAR(48)     NOT NULL,
    ordinal    INT             NOT NULL,
    mac        CHAR(17)        NULL,
    mdev_uuid  CHAR(36)        NULL,
    created_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_device_identity_slot (vm_id, tag_kind, tag_name, ordinal),
    UNIQUE KEY uq_dha_device_identity_mac (zone_id, mac),
    UNIQUE KEY uq_dha_device_identity_mdev (mdev_uuid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per allocated unit: a PCI function has the single slot 0, an mdev pool slots 0 .. total_instances - 1.
-- The unique key is a backstop; the allocator's lock on the host's device rows is what keeps units single-owner.
CREATE TABLE dha_allocation (
    id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    vm_id            BIGINT UNSIGNED NOT NULL,
    vm_instance_name VARCHAR(255)    NOT NULL,
    host_id          BIGINT UNSIGNED NOT NULL,
    device_id        BIGINT UNSIGNED NOT NULL,
    slot             INT             NOT NULL,
    tag_kind         VARCHAR(16)     NOT NULL,
    tag_name         VARCHAR(48)     NOT NULL,
    allocated_at     DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dha_allocation_unit (device_id, slot),
    KEY ix_dha_allocation_vm_host (vm_id, host_id),
    KEY ix_dha_allocation_host (host_id),
    CONSTRAINT fk_dha_allocation_device FOREIGN KEY (device_id) REFERENCES dha_host_device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Disagreements between a host's report and the allocations, kept until a later report no longer shows them.
CREATE TABLE dha_inventory_conflict (
    id                      BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    host_id                 BIGINT UNSIGNED NOT NULL,
    device_id               BIGINT UNSIGNED NOT NULL,
    conflict_type           VARCHAR(40)     NOT NULL,
    reported_used_by        VARCHAR(255)    NULL,
    allocated_vm_id         BIGINT UNSIGNED NULL,
    detail                  VARCHAR(512)    NOT NULL,
    first_seen              DATETIME(3)     NOT NULL,
    last_seen               DATETIME(3)     NOT NULL,
    resolved_at             DATETIME(3)     NULL,
    PRIMARY KEY (id),
    KEY ix_dha_inventory_conflict_host (host_id, resolved_at),
    KEY ix_dha_inventory_conflict_device (device_id),
    CONSTRAINT fk_dha_inventory_conflict_device FOREIGN KEY (device_id) REFERENCES dha_host_device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
