-- Device HA schema, version 4: indexes that let placement read a cluster's devices and taken slots from the indexes
-- alone. A placement call reads every device of the asked tags on a cluster's hosts (about 1,200 rows for 32 hosts);
-- through the (host_id, address) key each row cost a primary-key lookup, about a third of the call.

ALTER TABLE dha_host_device
    ADD KEY ix_dha_host_device_pools (host_id, tag_id, id, backing, numa_node, total_instances, state,
        cloudstack_managed, held_elsewhere, parent_address, mdev_type, address);

-- Replaces the host key: the same prefix, and the taken slots come with it.
ALTER TABLE dha_allocation
    ADD KEY ix_dha_allocation_host_unit (host_id, device_id, slot),
    DROP KEY ix_dha_allocation_host;
