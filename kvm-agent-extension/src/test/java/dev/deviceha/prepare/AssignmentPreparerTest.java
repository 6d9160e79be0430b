package dev.deviceha.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.model.MdevUuid;
import dev.deviceha.model.PciAddress;
import dev.deviceha.model.VmInstanceName;
import dev.deviceha.model.assignment.AssignedDevice;
import dev.deviceha.model.assignment.DeviceAssignment;
import dev.deviceha.sysfs.PassthroughDrivers;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.FakeSysfsHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentPreparerTest {
    private static final String GPU = "0000:af:00.0";
    private static final VmInstanceName VM = new VmInstanceName(Assignments.VM);

    @TempDir
    Path sysfsRoot;
    @TempDir
    Path stateDir;

    private FakeSysfsHost host;
    private final List<RunningDomain> running = new ArrayList<>();
    private PreparedLedger ledger;
    private AssignmentPreparer preparer;
    private DeviceReleaser releaser;

    @BeforeEach
    void setUp() {
        host = new FakeSysfsHost(sysfsRoot).gpu(GPU, "nvidia-230", 4).hctParent(1024)
                .vf("0000:3b:02.0").vf("0000:3b:02.1");
        ledger = new PreparedLedger(stateDir);
        HostDomains domains = () -> List.copyOf(running);
        BusyRetry retry = new BusyRetry(3, Duration.ofMillis(1), duration -> { });
        preparer = new AssignmentPreparer(host.sysfs(), PassthroughDrivers.NO_HOST_DRIVERS,
                new VfLinkSettings(Path.of("/bin/true")), domains, ledger, retry);
        releaser = new DeviceReleaser(host.sysfs(), domains, ledger);
    }

    private static DeviceAssignment assignmentOf(AssignedDevice... devices) {
        return new DeviceAssignment(Assignments.VM, Assignments.VM_UUID, List.of(devices));
    }

    @Test
    void prepare_acceptanceAssignment_createsTheMdevsWithTheirUuidsAndEnablesHct() throws Exception {
        assertThat(preparer.prepare(Assignments.twoVfsVgpuAndHct())).isEmpty();

        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isTrue();
        assertThat(host.hasMdev(Assignments.HCT_UUID)).isTrue();
        assertThat(host.read("bus/mdev/devices/" + Assignments.HCT_UUID + "/vendor/use")).isEqualTo("1");
        assertThat(ledger.entries(VM)).extracting(PreparedLedger.Entry::device)
                .containsExactlyInAnyOrder(Assignments.VGPU_UUID, Assignments.HCT_UUID);
    }

    @Test
    void prepare_twice_converges() throws Exception {
        preparer.prepare(Assignments.twoVfsVgpuAndHct());

        assertThat(preparer.prepare(Assignments.twoVfsVgpuAndHct())).isEmpty();
        assertThat(ledger.entries(VM)).hasSize(2);
    }

    @Test
    void prepare_afterACrashBetweenLedgerAndCreate_createsTheMdev() throws Exception {
        ledger.add(VM, new PreparedLedger.Entry(PreparedLedger.Kind.MDEV, Assignments.VGPU_UUID));

        assertThat(preparer.prepare(assignmentOf(Assignments.vgpu(GPU, "nvidia-230", Assignments.VGPU_UUID))))
                .isEmpty();
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isTrue();
    }

    @Test
    void prepare_existingMdevOfSameTypeAndParent_isReusedAndNotReleasedLater() throws Exception {
        host.mdev(GPU, "nvidia-230", Assignments.VGPU_UUID);

        assertThat(preparer.prepare(assignmentOf(Assignments.vgpu(GPU, "nvidia-230", Assignments.VGPU_UUID))))
                .isEmpty();
        releaser.release(VM);

        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isTrue();
    }

    @Test
    void prepare_existingMdevOfAnotherType_failsNamingBothTypes() throws Exception {
        host.gpu("0000:b0:00.0", "nvidia-231", 4).mdev("0000:b0:00.0", "nvidia-231", Assignments.VGPU_UUID);

        List<PreparationFailure> failures =
                preparer.prepare(assignmentOf(Assignments.vgpu(GPU, "nvidia-230", Assignments.VGPU_UUID)));

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.deviceName()).isEqualTo(GPU + "/nvidia-230/" + Assignments.VGPU_UUID);
            assertThat(failure.reason()).contains("nvidia-231", "0000:b0:00.0", "already exists");
        });
    }

    @Test
    void prepare_mdevHeldByAnotherRunningDomain_fails() throws Exception {
        host.mdev(GPU, "nvidia-230", Assignments.VGPU_UUID);
        running.add(new RunningDomain("i-9-9-VM", Set.of(DeviceKey.mdev(new MdevUuid(Assignments.VGPU_UUID)))));

        assertThat(preparer.prepare(assignmentOf(Assignments.vgpu(GPU, "nvidia-230", Assignments.VGPU_UUID))))
                .singleElement().extracting(PreparationFailure::reason).asString().contains("i-9-9-VM");
    }

    @Test
    void prepare_typeWithNoInstanceLeft_failsWithoutWriting() throws Exception {
        host.gpu("0000:b0:00.0", "nvidia-230", 0);

        assertThat(preparer.prepare(assignmentOf(Assignments.vgpu("0000:b0:00.0", "nvidia-230",
                Assignments.VGPU_UUID)))).singleElement().extracting(PreparationFailure::reason).asString()
                .contains("no instance");
        assertThat(ledger.entries(VM)).isEmpty();
    }

    @Test
    void prepare_hctBusyTwice_retriesAndSucceeds() throws Exception {
        host.busy("class/mdev_bus/hct/mdev_supported_types/hct-1/create", 2);

        assertThat(preparer.prepare(assignmentOf(Assignments.hct(Assignments.HCT_UUID)))).isEmpty();
        assertThat(host.read("bus/mdev/devices/" + Assignments.HCT_UUID + "/vendor/use")).isEqualTo("1");
    }

    @Test
    void prepare_hctUseBusyBeyondTheRetries_failsAndRemovesTheCreatedMdev() throws Exception {
        host.mdev("hct", "hct-1", "2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        host.busy("bus/mdev/devices/" + Assignments.HCT_UUID + "/vendor/use", 3);

        List<PreparationFailure> failures = preparer.prepare(assignmentOf(Assignments.hct(Assignments.HCT_UUID)));

        assertThat(failures).singleElement().extracting(PreparationFailure::reason).asString().contains("busy");
        assertThat(host.hasMdev(Assignments.HCT_UUID)).isFalse();
        assertThat(host.hasMdev("2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")).isTrue();
    }

    @Test
    void prepare_vfHeldByAnotherDomain_failsAndRollsBackTheVgpuCreatedBeforeIt() throws Exception {
        running.add(new RunningDomain("i-9-9-VM", Set.of(DeviceKey.pci(PciAddress.parse("0000:3b:02.1")))));

        List<PreparationFailure> failures = preparer.prepare(Assignments.twoVfsVgpuAndHct());

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.toString()).contains("SRIOV_VF/trading-net 0000:3b:02.1", "i-9-9-VM");
        });
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isFalse();
        assertThat(host.hasMdev(Assignments.HCT_UUID)).isFalse();
        assertThat(ledger.entries(VM)).isEmpty();
    }

    @Test
    void prepare_vfWhoseHostInterfaceIsUp_fails() throws Exception {
        host.netdev("0000:3b:02.0", "ens1f0v0", "up");

        assertThat(preparer.prepare(assignmentOf(Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100))))
                .singleElement().extracting(PreparationFailure::reason).asString()
                .isEqualTo("the host uses it: netdev ens1f0v0 in use");
    }

    @Test
    void prepare_vfWhoseDownInterfaceIsABridgePort_fails() throws Exception {
        host.netdev("0000:3b:02.0", "ens1f0v0", "down");
        host.link("devices/pci0000:00/0000:3b:02.0/net/ens1f0v0/master", "../../../../virtual/net/cloudbr0");
        host.file("devices/virtual/net/cloudbr0/flags", "0x1003\n");

        assertThat(preparer.prepare(assignmentOf(Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100))))
                .singleElement().extracting(PreparationFailure::reason).asString()
                .isEqualTo("the host uses it: netdev ens1f0v0 in use");
    }

    @Test
    void prepare_vfWhoseHostInterfaceIsDown_isFree() throws Exception {
        host.netdev("0000:3b:02.0", "ens1f0v0", "down");

        assertThat(preparer.prepare(assignmentOf(Assignments.vf("0000:3b:02.0", "02:00:00:aa:bb:01", 100))))
                .isEmpty();
    }

    @Test
    void prepare_missingPciDevice_failsNamingIt() throws Exception {
        assertThat(preparer.prepare(assignmentOf(Assignments.wholePci("0000:5e:00.0"))))
                .singleElement().extracting(PreparationFailure::reason).asString()
                .contains("no PCI device 0000:5e:00.0");
    }

    @Test
    void prepare_nvidiaVf_writesTheTypeAndReleaseClearsIt() throws Exception {
        host.nvidiaVf("0000:c1:00.4", "0", "ID    : vGPU Name\n1414 : NVIDIA H200X-1-18C\n1415 : NVIDIA H200X-2-35C\n");

        assertThat(preparer.prepare(assignmentOf(Assignments.nvidiaVfVgpu("0000:c1:00.4", "1414")))).isEmpty();
        assertThat(host.read("bus/pci/devices/0000:c1:00.4/nvidia/current_vgpu_type")).isEqualTo("1414");

        assertThat(releaser.release(VM).succeeded()).isTrue();
        assertThat(host.read("bus/pci/devices/0000:c1:00.4/nvidia/current_vgpu_type")).isEqualTo("0");
    }

    @Test
    void prepare_nvidiaVfTypeNotCreatable_failsListingWhatIs() throws Exception {
        host.nvidiaVf("0000:c1:00.4", "0", "1415 : NVIDIA H200X-2-35C\n");

        assertThat(preparer.prepare(assignmentOf(Assignments.nvidiaVfVgpu("0000:c1:00.4", "1414"))))
                .singleElement().extracting(PreparationFailure::reason).asString().contains("1414", "1415");
        assertThat(host.read("bus/pci/devices/0000:c1:00.4/nvidia/current_vgpu_type")).isEqualTo("0");
    }

    @Test
    void prepare_nvidiaVfWithAnotherType_fails() throws Exception {
        host.nvidiaVf("0000:c1:00.4", "1415", "");

        assertThat(preparer.prepare(assignmentOf(Assignments.nvidiaVfVgpu("0000:c1:00.4", "1414"))))
                .singleElement().extracting(PreparationFailure::reason).asString().contains("already holds", "1415");
    }

    @Test
    void release_removesOnlyWhatWasCreated_andTwiceIsANoOp() throws Exception {
        host.mdev("hct", "hct-1", "2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        preparer.prepare(Assignments.twoVfsVgpuAndHct());

        ReleaseResult first = releaser.release(VM);
        ReleaseResult second = releaser.release(VM);

        assertThat(first.released()).hasSize(2);
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isFalse();
        assertThat(host.hasMdev(Assignments.HCT_UUID)).isFalse();
        assertThat(host.hasMdev("2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")).isTrue();
        assertThat(second.released()).isEmpty();
        assertThat(second.succeeded()).isTrue();
    }

    @Test
    void release_whileTheVmRuns_isRefusedAndKeepsTheDevices() throws Exception {
        preparer.prepare(assignmentOf(Assignments.vgpu(GPU, "nvidia-230", Assignments.VGPU_UUID)));
        running.add(new RunningDomain(Assignments.VM, Set.of()));

        ReleaseResult result = releaser.release(VM);

        assertThat(result.failures()).singleElement().asString().contains("running");
        assertThat(host.hasMdev(Assignments.VGPU_UUID)).isTrue();
    }
}
