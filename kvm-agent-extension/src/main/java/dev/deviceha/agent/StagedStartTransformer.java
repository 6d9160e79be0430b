package dev.deviceha.agent;

import dev.deviceha.domainxml.DomainDeviceAttacher;
import dev.deviceha.domainxml.DomainIdentity;
import dev.deviceha.domainxml.DomainXmlException;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.prepare.AssignmentPreparer;
import dev.deviceha.prepare.PreparationFailure;
import dev.deviceha.prepare.StageStore;
import dev.deviceha.prepare.StagedAssignment;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The transformer hook's logic: a domain with no staged assignment starts as CloudStack built it; a domain with one
 * gets its devices, prepared again right before the start, or a domain XML that libvirt refuses, never the original.
 */
public final class StagedStartTransformer {
    private static final Logger LOG = LogManager.getLogger(StagedStartTransformer.class);

    private final StageStore stages;
    private final AssignmentPreparer preparer;
    private final DomainDeviceAttacher attacher = new DomainDeviceAttacher();
    private final Clock clock;

    public StagedStartTransformer(StageStore stages, AssignmentPreparer preparer, Clock clock) {
        this.stages = stages;
        this.preparer = preparer;
        this.clock = clock;
    }

    public String transform(String domainXml) {
        DomainIdentity identity;
        VmInstanceName vm;
        try {
            identity = DomainIdentity.of(domainXml);
            vm = new VmInstanceName(identity.name());
        } catch (DomainXmlException | InvalidValueException e) {
            // No assignment can be staged for a domain without a valid name; libvirt judges the XML itself.
            LOG.warn("Not attaching devices to a domain XML whose name cannot be read: {}", e.getMessage());
            return domainXml;
        }
        Optional<StagedAssignment> staged;
        try {
            staged = stages.find(vm);
        } catch (IOException e) {
            return refuse(vm, "its staged device assignment cannot be read: " + e.getMessage());
        }
        if (staged.isEmpty()) {
            return domainXml;
        }
        return attach(domainXml, identity, vm, staged.get());
    }

    /** Called once the domain runs: a staged assignment is good for one start, the next one needs a new stage. */
    public void onStart(VmInstanceName vm) throws IOException {
        stages.markStarted(vm);
    }

    private String attach(String domainXml, DomainIdentity identity, VmInstanceName vm, StagedAssignment staged) {
        if (staged.started()) {
            return refuse(vm, "its staged device assignment was used by an earlier start;"
                    + " the management server stages the devices again before every start");
        }
        if (staged.isExpiredAt(clock.instant())) {
            return refuse(vm, "its device assignment staged at " + Instant.ofEpochMilli(staged.stagedAtMillis())
                    + " expired at " + Instant.ofEpochMilli(staged.expiresAtMillis()) + " before the start came");
        }
        String stagedUuid = staged.assignment().vmUuid();
        if (stagedUuid != null && !stagedUuid.equals(identity.uuid())) {
            return refuse(vm, "its staged device assignment is for VM " + stagedUuid + ", the domain has UUID "
                    + InvalidValueException.quote(identity.uuid()));
        }
        try {
            List<PreparationFailure> failures = preparer.prepare(staged.assignment());
            if (!failures.isEmpty()) {
                return refuse(vm, "cannot prepare " + failures);
            }
            String withDevices = attacher.attach(domainXml, staged.assignment());
            LOG.info("Attached {} device(s) to {}", staged.assignment().devices().size(), vm);
            return withDevices;
        } catch (IOException | RuntimeException e) {
            return refuse(vm, "cannot attach its devices: " + e.getMessage());
        }
    }

    private static String refuse(VmInstanceName vm, String reason) {
        LOG.error("Refusing to start {} without its devices: {}", vm, reason);
        return StartRefusal.domainXml(vm.value(), reason);
    }
}
