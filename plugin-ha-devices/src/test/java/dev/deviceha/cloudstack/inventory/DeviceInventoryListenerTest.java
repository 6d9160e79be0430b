package dev.deviceha.cloudstack.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.cloud.host.Host;
import com.cloud.hypervisor.Hypervisor.HypervisorType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceInventoryListenerTest {
    private final HostInventoryScanner scanner = mock(HostInventoryScanner.class);
    private final List<Runnable> queued = new ArrayList<>();
    private final DeviceInventoryListener listener = new DeviceInventoryListener(scanner, queued::add);

    @Test
    void processConnect_ofAKvmHost_queuesTheScanInsteadOfRunningItOnTheConnectThread() {
        listener.processConnect(host(12, Host.Type.Routing, HypervisorType.KVM), null, false);

        assertThat(queued).hasSize(1);
        verifyNoInteractions(scanner);
    }

    @Test
    void processConnect_ofAnotherKindOfHost_scansNothing() {
        listener.processConnect(host(13, Host.Type.SecondaryStorageVM, HypervisorType.None), null, false);

        assertThat(queued).isEmpty();
    }

    /** Only the KVM agent carries the extension; asking another hypervisor's agent fails on every connect. */
    @Test
    void processConnect_ofAnotherHypervisorsHost_scansNothing() {
        listener.processConnect(host(14, Host.Type.Routing, HypervisorType.VMware), null, false);

        assertThat(queued).isEmpty();
    }

    @Test
    void scanQuietly_aFailingScan_neverThrows() {
        when(scanner.rediscover(12)).thenThrow(new HostScanException("agent gone"))
                .thenThrow(new IllegalArgumentException("the report lists 0000:3b:02.0 twice"));

        assertThatCode(() -> listener.scanQuietly(12)).doesNotThrowAnyException();
        assertThatCode(() -> listener.scanQuietly(12)).doesNotThrowAnyException();
    }

    private static Host host(long id, Host.Type type, HypervisorType hypervisor) {
        Host host = mock(Host.class);
        when(host.getId()).thenReturn(id);
        when(host.getType()).thenReturn(type);
        when(host.getHypervisorType()).thenReturn(hypervisor);
        return host;
    }
}
