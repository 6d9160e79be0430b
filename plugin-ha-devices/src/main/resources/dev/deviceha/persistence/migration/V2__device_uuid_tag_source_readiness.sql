-- Device HA schema, version 2.
-- Devices get a UUID: the API addresses every plugin entity by UUID and never shows internal ids.
-- tag_source says who tagged a device: a rule (re-evaluated on every report) or an admin (never overwritten by rules).
-- dha_ha_readiness keeps the last known HA protection of each VM, so that one management server alerts once per
-- change, whichever of them runs the check.

ALTER TABLE dha_host_device
    ADD COLUMN uuid       CHAR(36)    NULL AFTER id,
    ADD COLUMN tag_source VARCHAR(16) NULL AFTER tag_id;

UPDATE dha_host_device SET uuid = UUID() WHERE uuid IS NULL;
UPDATE dha_host_device SET tag_source = 'ADMIN' WHERE tag_id IS NOT NULL AND tag_source IS NULL;

ALTER TABLE dha_host_device
    MODIFY COLUMN uuid CHAR(36) NOT NULL,
    ADD UNIQUE KEY uq_dha_host_device_uuid (uuid);

CREATE TABLE dha_ha_readiness (
    vm_id        BIGINT UNSIGNED NOT NULL,
    is_protected BOOLEAN         NOT NULL,
    reason       VARCHAR(1024)   NULL,
    changed_at   DATETIME(3)     NOT NULL,
    checked_at   DATETIME(3)     NOT NULL,
    PRIMARY KEY (vm_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
