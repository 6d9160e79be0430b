package dev.deviceha.allocation;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.inventory.DeviceBacking;
import dev.deviceha.persistence.DatabaseClock;
import dev.deviceha.persistence.HostDeviceLock;
import dev.deviceha.persistence.Transactions;
import dev.deviceha.placement.HostDevices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Allocates device units to VMs in the database shared by every management server, and answers how many are free.
 *
 * <p>One allocation locks the host's device rows ({@code SELECT ... FOR UPDATE}), reads what is taken, picks units
 * and inserts them, in one transaction: concurrent allocations on one host, from any management server, run one
 * after the other; deadlock victims are retried (see {@link Transactions}). The design is in docs/architecture.md,
 * "Atomic allocation across management servers".
 */
public final class AllocationRepository {
    private static final Logger LOG = LogManager.getLogger(AllocationRepository.class);
    private static final String UNIT_COLUMNS = "a.vm_id, a.vm_instance_name, a.host_id, a.device_id, d.address,"
            + " a.slot, a.tag_kind, a.tag_name, d.backing, d.parent_address, d.mdev_type, d.numa_node, d.state"
            + " FROM dha_allocation a JOIN dha_host_device d ON d.id = a.device_id";

    private static final DateTimeFormatter DATETIME_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Transactions transactions;

    public AllocationRepository(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Gives the VM every requested unit on the host, or nothing. Units the VM already holds on the host are kept
     * and not counted: release them first to re-allocate.
     */
    public AllocationOutcome allocate(long hostId, VmRef vm, List<UnitRequest> requests) {
        Objects.requireNonNull(vm, "vm");
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("nothing to allocate");
        }
        AllocationOutcome outcome = transactions.inTransaction(
                "allocating devices on host " + hostId + " to " + vm.instanceName(), c -> {
                    HostDeviceLock.lock(c, hostId);
                    UnitPicker.Picks picks = UnitPicker.pick(PoolQueries.load(c, List.of(hostId),
                            requests.stream().map(UnitRequest::tag).collect(Collectors.toSet())), requests);
                    if (!picks.granted()) {
                        return new AllocationOutcome.Refused(picks.unmet(), picks.available());
                    }
                    return new AllocationOutcome.Granted(insert(c, vm, picks.units()));
                });
        if (outcome instanceof AllocationOutcome.Granted granted) {
            LOG.info("Allocated {} device unit(s) on host {} to VM {}", granted.units().size(), hostId,
                    vm.instanceName());
        } else if (outcome instanceof AllocationOutcome.Refused refused) {
            LOG.debug("No allocation on host {} for VM {}: {}", hostId, vm.instanceName(), refused.reason());
        }
        return outcome;
    }

    /** Releases everything the VM holds on any host; returns how many units were freed. */
    public int release(long vmId) {
        return update("releasing the devices of VM " + vmId, "DELETE FROM dha_allocation WHERE vm_id = ?", vmId);
    }

    /** Releases what the VM holds on one host (e.g. the host it left after an HA restart). */
    public int release(long vmId, long hostId) {
        return update("releasing the devices of VM " + vmId + " on host " + hostId,
                "DELETE FROM dha_allocation WHERE vm_id = ? AND host_id = ?", vmId, hostId);
    }

    /**
     * Releases what the VM holds on the host if it was allocated, or last {@link #renew renewed}, before
     * {@code cutoff} (database time): a start that took or renewed the units since keeps them.
     */
    public int releaseAllocatedBefore(long vmId, long hostId, Instant cutoff) {
        return transactions.inTransaction("releasing the stale devices of VM " + vmId + " on host " + hostId, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dha_allocation"
                    + " WHERE vm_id = ? AND host_id = ? AND allocated_at < ?")) {
                s.setLong(1, vmId);
                s.setLong(2, hostId);
                // As text: the driver drops the milliseconds of a bound LocalDateTime, which would spare a
                // unit allocated in the cutoff's second.
                s.setString(3, DATETIME_MILLIS.format(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)));
                return s.executeUpdate();
            }
        });
    }

    /** Dates what the VM holds on the host as allocated now: a start that reuses its units is a fresh one. */
    public void renew(long vmId, long hostId) {
        update("renewing the devices of VM " + vmId + " on host " + hostId,
                "UPDATE dha_allocation SET allocated_at = UTC_TIMESTAMP(3) WHERE vm_id = ? AND host_id = ?",
                vmId, hostId);
    }

    /** The database's clock, the one {@code allocated_at} is taken from. */
    public Instant databaseNow() {
        return transactions.inTransaction("reading the database clock", DatabaseClock::now);
    }

    /** Units the VM holds, on every host. */
    public List<AllocatedUnit> allocationsOf(long vmId) {
        return query("reading the allocations of VM " + vmId,
                "SELECT " + UNIT_COLUMNS + " WHERE a.vm_id = ? ORDER BY a.host_id, d.address, a.slot", vmId);
    }

    /** Units the VM holds on one host. */
    public List<AllocatedUnit> allocationsOf(long vmId, long hostId) {
        return query("reading the allocations of VM " + vmId + " on host " + hostId, "SELECT " + UNIT_COLUMNS
                + " WHERE a.vm_id = ? AND a.host_id = ? ORDER BY d.address, a.slot", vmId, hostId);
    }

    /** Every VM holding devices, with the host it holds them on, by VM id. */
    public List<VmPlacement> placements() {
        return transactions.singleRead("listing the VMs holding devices", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT vm_id, vm_instance_name, host_id"
                    + " FROM dha_allocation ORDER BY vm_id, host_id");
                    ResultSet rs = s.executeQuery()) {
                List<VmPlacement> placements = new ArrayList<>();
                while (rs.next()) {
                    placements.add(new VmPlacement(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
                return placements;
            }
        });
    }

    /**
     * The host the VM holds devices on, as {@link #placements()} lists it first (the lowest host id, for the moment
     * a VM holds devices on two hosts); empty when it holds none.
     */
    public Optional<VmPlacement> placementOf(long vmId) {
        return transactions.singleRead("finding the host of VM " + vmId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT vm_id, vm_instance_name, host_id"
                    + " FROM dha_allocation WHERE vm_id = ? ORDER BY host_id LIMIT 1")) {
                s.setLong(1, vmId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new VmPlacement(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Free units per host, tag and NUMA node of the given tags, by the same rules as {@link #allocate}; a host or pool
     * absent has none. The taken slots are read a moment before the devices: a unit taken in between counts as free,
     * as it would had the call come a moment earlier. Placement only narrows the hosts to try; {@link #allocate},
     * under the host's lock, decides.
     */
    public List<HostDevices> freeUnits(Collection<Long> hostIds, Set<TagRef> tags) {
        List<Long> hosts = List.copyOf(new LinkedHashSet<>(hostIds));
        return transactions.singleRead("counting free device units", c -> FreeUnitCounter.count(
                PoolQueries.load(c, hosts, tags), tags));
    }

    /**
     * The hosts' devices with their taken slots, and what each VM holds there per tag and NUMA policy: what failover
     * planning reads, in two statements whatever the number of hosts and VMs.
     */
    public HostHoldings holdings(Collection<Long> hostIds) {
        List<Long> hosts = List.copyOf(new LinkedHashSet<>(hostIds));
        return transactions.inTransaction("reading the devices and holdings of hosts " + hosts,
                c -> PoolQueries.loadWithHoldings(c, hosts));
    }

    /** One multi-row INSERT for all of a VM's units: one round trip however many devices it asks for. */
    private static List<AllocatedUnit> insert(Connection c, VmRef vm, List<UnitPicker.PickedUnit> picks)
            throws SQLException {
        List<AllocatedUnit> units = new ArrayList<>();
        String rows = String.join(", ",
                Collections.nCopies(picks.size(), "(?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dha_allocation (vm_id, vm_instance_name,"
                + " host_id, device_id, slot, tag_kind, tag_name, numa_policy, allocated_at) VALUES " + rows)) {
            int i = 1;
            for (UnitPicker.PickedUnit pick : picks) {
                AllocatableDevice pool = pick.pool();
                TagRef tag = pick.request().tag();
                s.setLong(i++, vm.id());
                s.setString(i++, vm.instanceName());
                s.setLong(i++, pool.hostId());
                s.setLong(i++, pool.deviceId());
                s.setInt(i++, pick.slot());
                s.setString(i++, tag.kind().name());
                s.setString(i++, tag.name().value());
                s.setString(i++, pick.request().numa().canonical());
                units.add(new AllocatedUnit(vm.id(), vm.instanceName(), pool.hostId(), pool.deviceId(),
                        pool.address(), pick.slot(), tag, pool.backing(), pool.parentAddress(), pool.type(),
                        pool.numaNode(), false));
            }
            s.executeUpdate();
        }
        return units;
    }

    private int update(String what, String sql, long... ids) {
        return transactions.inTransaction(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    s.setLong(i + 1, ids[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private List<AllocatedUnit> query(String what, String sql, long... ids) {
        return transactions.singleRead(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    s.setLong(i + 1, ids[i]);
                }
                List<AllocatedUnit> units = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        units.add(unit(rs));
                    }
                }
                return units;
            }
        });
    }

    private static AllocatedUnit unit(ResultSet rs) throws SQLException {
        String type = rs.getString("mdev_type");
        return new AllocatedUnit(rs.getLong("vm_id"), rs.getString("vm_instance_name"), rs.getLong("host_id"),
                rs.getLong("device_id"), rs.getString("address"), rs.getInt("slot"),
                TagRef.of(DeviceKind.valueOf(rs.getString("tag_kind")), rs.getString("tag_name")),
                DeviceBacking.valueOf(rs.getString("backing")), rs.getString("parent_address"),
                type == null ? null : MdevTypeId.parse(type), rs.getObject("numa_node", Integer.class),
                "MISSING".equals(rs.getString("state")));
    }
}
