package dev.deviceha.drill.chaos;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.domainxml.DomainDeviceKeys;
import dev.deviceha.drill.host.ChaosHost;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.request.DeviceRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.libvirt.LibvirtException;

/**
 * The four invariants of issue #12, judged from the database (through a pool no fault touches), CloudStack's VM
 * records and what each host's libvirt really runs:
 * <ol>
 * <li>no VM with device requests runs without all its devices (allocated to it on that host, and in its domain);</li>
 * <li>no device unit is allocated twice, and no device is in two running domains of a host;</li>
 * <li>after a completed reconciliation, no allocation of a VM CloudStack does not have on that host;</li>
 * <li>a VM's MACs and mdev UUIDs never change once fixed, and a running domain wears them (and its VLAN).</li>
 * </ol>
 */
final class Invariants {
    private record Unit(long vmId, long hostId, long deviceId, int slot, String tag, String address) {
    }

    private final DataSource database;
    private final Map<Long, ChaosVm> vms;
    private final Map<Long, ChaosHost> hosts;
    private final Map<String, String> identitiesSeen = new HashMap<>();
    /** A domain's XML does not change while it runs: parsed once, not at every step. */
    private final Map<String, Set<DeviceKey>> keysByXml = new HashMap<>();

    Invariants(DataSource database, Map<Long, ChaosVm> vms, Map<Long, ChaosHost> hosts) {
        this.database = database;
        this.vms = vms;
        this.hosts = hosts;
    }

    /**
     * Every violation now; {@code reconciled} when a reconciliation (rescan and sweep) just completed, and one
     * interval has passed for invariant 3.
     */
    List<String> check(boolean reconciled) throws SQLException, LibvirtException {
        List<Unit> units = units();
        Map<String, Map<String, String>> identities = identities();
        List<String> violations = new ArrayList<>();
        Map<Long, Map<String, String>> domains = new TreeMap<>();
        for (ChaosHost host : hosts.values()) {
            domains.put(host.id(), host.domains());
        }
        for (var host : domains.entrySet()) {
            Map<DeviceKey, String> holders = new HashMap<>();
            for (var domain : host.getValue().entrySet()) {
                Set<DeviceKey> keys = keysByXml.computeIfAbsent(domain.getValue(), DomainDeviceKeys::of);
                for (DeviceKey key : keys) {
                    String other = holders.put(key, domain.getKey());
                    if (other != null) {
                        violations.add("2: " + key + " is in domains " + other + " and " + domain.getKey()
                                + " on host " + host.getKey());
                    }
                }
                ChaosVm vm = vmNamed(domain.getKey());
                if (vm != null) {
                    runsWithDevices(vm, host.getKey(), domain.getValue(), keys, units, identities, violations);
                }
            }
        }
        Map<String, Long> taken = new HashMap<>();
        for (Unit unit : units) {
            Long other = taken.put(unit.deviceId() + "/" + unit.slot(), unit.vmId());
            if (other != null) {
                violations.add("2: unit " + unit.address() + " slot " + unit.slot() + " allocated to VMs " + other
                        + " and " + unit.vmId());
            }
            ChaosVm vm = vms.get(unit.vmId());
            if (reconciled && !Objects.equals(vm.hostId, unit.hostId())) {
                violations.add("3: " + vm + " still holds " + unit.tag() + " " + unit.address() + " on host "
                        + unit.hostId() + " after a reconciliation");
            }
        }
        identitiesNeverChange(identities, violations);
        return violations;
    }

    private void runsWithDevices(ChaosVm vm, long hostId, String xml, Set<DeviceKey> keys, List<Unit> units,
            Map<String, Map<String, String>> identities, List<String> violations) {
        List<DeviceRequest> requests = vm.requests;
        Map<String, Long> wanted = new TreeMap<>();
        requests.forEach(r -> wanted.merge(r.tag().toString(), (long) r.count(), Long::sum));
        Map<String, Long> held = new TreeMap<>();
        units.stream().filter(u -> u.vmId() == vm.id() && u.hostId() == hostId)
                .forEach(u -> held.merge(u.tag(), 1L, Long::sum));
        if (!held.equals(wanted)) {
            violations.add("1: " + vm + " runs on host " + hostId + " holding " + held + ", it asks for " + wanted);
        }
        long wantedUnits = wanted.values().stream().mapToLong(Long::longValue).sum();
        if (keys.size() != wantedUnits) {
            violations.add("1: " + vm + " runs on host " + hostId + " with " + keys.size() + " device(s) in its"
                    + " domain, it asks for " + wantedUnits);
        }
        String lower = xml.toLowerCase();
        identities.getOrDefault(String.valueOf(vm.id()), Map.of()).forEach((slot, value) -> {
            if (!lower.contains(value.toLowerCase())) {
                violations.add("4: " + vm + " runs without its identity " + slot + " = " + value);
            }
        });
        for (DeviceRequest request : requests) {
            if (request.tag().kind() == DeviceKind.SRIOV_VF && request.vlan() != null
                    && !lower.contains("<tag id=\"" + request.vlan().value() + "\"")
                    && !lower.contains("<tag id='" + request.vlan().value() + "'")) {
                violations.add("4: " + vm + " runs without VLAN " + request.vlan().value());
            }
        }
    }

    private void identitiesNeverChange(Map<String, Map<String, String>> identities, List<String> violations) {
        Set<String> now = new HashSet<>();
        identities.forEach((vm, slots) -> slots.forEach((slot, value) -> {
            String key = vm + " " + slot;
            now.add(key);
            String before = identitiesSeen.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                violations.add("4: VM " + vm + " " + slot + " changed from " + before + " to " + value);
            }
        }));
        for (String key : identitiesSeen.keySet()) {
            if (!now.contains(key)) {
                violations.add("4: identity " + key + " = " + identitiesSeen.get(key) + " was forgotten");
            }
        }
    }

    private ChaosVm vmNamed(String name) {
        return vms.values().stream().filter(vm -> vm.name().equals(name)).findFirst().orElse(null);
    }

    private List<Unit> units() throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.vm_id, a.host_id, a.device_id, a.slot, a.tag_kind,"
                        + " a.tag_name, d.address"
                        + " FROM dha_allocation a JOIN dha_host_device d ON d.id = a.device_id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5) + "/" + rs.getString(6), rs.getString(7)));
            }
        }
        return units;
    }

    /** VM id -> "KIND/tag #ordinal mac|uuid" -> value. */
    private Map<String, Map<String, String>> identities() throws SQLException {
        Map<String, Map<String, String>> identities = new HashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT vm_id, tag_kind, tag_name, ordinal, mac, mdev_uuid"
                        + " FROM dha_device_identity")) {
            while (rs.next()) {
                String slot = rs.getString(2) + "/" + rs.getString(3) + " #" + rs.getInt(4);
                Map<String, String> ofVm = identities.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                if (rs.getString(5) != null) {
                    ofVm.put(slot + " mac", rs.getString(5));
                }
                if (rs.getString(6) != null) {
                    ofVm.put(slot + " uuid", rs.getString(6));
                }
            }
        }
        return identities;
    }
}
