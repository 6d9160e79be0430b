-- Device HA schema, version 3: failover capacity.
-- dha_allocation.numa_policy keeps the NUMA policy each unit was allocated under, so that failover planning reads
-- what every running VM would ask for at an HA restart from the allocations alone (rows from before this version
-- count as 'none').
-- dha_failover_state keeps the last known failover protection of each cluster, so that one management server alerts
-- once per change, whichever of them sees it.

ALTER TABLE dha_allocation
    ADD COLUMN numa_policy VARCHAR(16) NULL AFTER tag_name;

CREATE TABLE dha_failover_state (
    cluster_id   BIGINT UNSIGNED NOT NULL,
    is_protected BOOLEAN         NOT NULL,
    reason       VARCHAR(1024)   NULL,
    changed_at   DATETIME(3)     NOT NULL,
    checked_at   DATETIME(3)     NOT NULL,
    PRIMARY KEY (cluster_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
