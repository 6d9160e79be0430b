package dev.deviceha.prepare;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MdevTypeId;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.sysfs.MdevParentName;
import dev.deviceha.sysfs.Sysfs;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An mdev (vGPU or HCT) is created with the UUID the VM had at its first allocation, so the guest sees the same
 * device on every host. An mdev with that UUID that already exists with the same parent and type is reused.
 * Written through sysfs, as {@code mdevctl start} does, so that nothing outside the sysfs root is touched.
 */
final class MdevPreparer implements BackingPreparer {
    private final Sysfs sysfs;
    private final PreparedLedger ledger;
    private final BusyRetry busyRetry;

    MdevPreparer(Sysfs sysfs, PreparedLedger ledger, BusyRetry busyRetry) {
        this.sysfs = sysfs;
        this.ledger = ledger;
        this.busyRetry = busyRetry;
    }

    @Override
    public void prepare(VmInstanceName vm, AssignedDevice device, HostDomains domains)
            throws PreparationException, IOException {
        MdevUuid uuid = device.mdevUuid();
        MdevTypeId type = device.type();
        if (uuid == null || type == null) {
            throw new PreparationException("the assignment gives no mdev UUID or type");
        }
        MdevParentName parent = parentOf(device);
        boolean hct = device.tag().kind() == DeviceKind.HCT;
        if (hct != parent.value().equals(MdevParentName.HCT)) {
            // Discovery offers HCT only from the virtual parent hct, and vGPUs only from GPUs: a mix would create
            // a device the VM cannot use (an HCT mdev as a vGPU hostdev) before anything notices.
            throw new PreparationException("a " + device.tag().kind() + " device cannot come from mdev parent "
                    + parent);
        }
        Path mdev = sysfs.mdevDevice(uuid);
        if (sysfs.exists(mdev)) {
            requireSameIdentity(mdev, parent, type);
            Optional<String> holder = domains.holderOf(DeviceKey.mdev(uuid), vm);
            if (holder.isPresent()) {
                throw new PreparationException("mdev " + uuid + " is used by running domain " + holder.get());
            }
        } else {
            create(vm, parent, type, uuid);
        }
        if (hct) {
            Path use = mdev.resolve("vendor").resolve("use");
            busyRetry.run(() -> sysfs.write(use, "1"));
        }
    }

    private static MdevParentName parentOf(AssignedDevice device) throws PreparationException {
        try {
            return new MdevParentName(device.parent());
        } catch (InvalidValueException e) {
            throw new PreparationException(e.getMessage());
        }
    }

    private void requireSameIdentity(Path mdev, MdevParentName parent, MdevTypeId type)
            throws IOException, PreparationException {
        Path typeLink = mdev.resolve("mdev_type");
        String existingType = sysfs.linkTargetName(typeLink)
                .orElseThrow(() -> new NoSuchFileException(sysfs.relative(typeLink)));
        String existingParent = sysfs.resolve(mdev).orElseThrow(() -> new NoSuchFileException(sysfs.relative(mdev)))
                .getParent().getFileName().toString();
        if (!existingType.equals(type.value()) || !existingParent.equals(parent.value())) {
            throw new PreparationException("mdev " + mdev.getFileName() + " already exists as type "
                    + InvalidValueException.quote(existingType) + " on parent "
                    + InvalidValueException.quote(existingParent) + ", not " + type + " on " + parent);
        }
    }

    private void create(VmInstanceName vm, MdevParentName parent, MdevTypeId type, MdevUuid uuid)
            throws IOException, PreparationException {
        Path typeDirectory = sysfs.mdevType(parent, type);
        if (!sysfs.exists(typeDirectory)) {
            throw new PreparationException("parent " + parent + " offers no mdev type " + type);
        }
        String available = sysfs.read(typeDirectory.resolve("available_instances")).orElse("0");
        if (available.equals("0")) {
            throw new PreparationException("no instance of mdev type " + type + " left on parent " + parent);
        }
        ledger.add(vm, new PreparedLedger.Entry(PreparedLedger.Kind.MDEV, uuid.value()));
        busyRetry.run(() -> sysfs.write(typeDirectory.resolve("create"), uuid.value()));
        if (!sysfs.exists(sysfs.mdevDevice(uuid))) {
            throw new PreparationException("writing " + uuid + " to " + type + "/create on " + parent
                    + " created no mdev");
        }
    }
}
