package dev.deviceha.cloudstack.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloud.api.dispatch.DispatchTask;
import java.util.HashMap;
import java.util.Map;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.junit.jupiter.api.Test;

/** A plugin command's UUID parameter given something CloudStack's binding dropped is refused, naming it. */
class UuidParameterWorkerTest {
    private final UuidParameterWorker worker = new UuidParameterWorker();

    @Test
    void valueThatBoundToNothing_refusedWithParamErrorNamingTheParameter() {
        assertThatThrownBy(() -> worker.handle(task(new ListDeviceRequestsCmd(), "virtualmachineid", "VM-1\n")))
                .isInstanceOfSatisfying(ServerApiException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.getErrorCode())
                                .isEqualTo(ApiErrorCode.PARAM_ERROR))
                .hasMessageContaining("Invalid parameter virtualmachineid value=\"VM-1\\x{000a}\"")
                .hasMessageNotContaining("\n");
    }

    @Test
    void emptyOptionalValue_isAnAbsentOne() {
        assertThatCode(() -> worker.handle(task(new ListDeviceRequestsCmd(), "virtualmachineid", "")))
                .doesNotThrowAnyException();
    }

    @Test
    void emptyRequiredValue_refused() {
        assertThatThrownBy(() -> worker.handle(task(new RediscoverDevicesCmd(), "hostid", "")))
                .hasMessageContaining("Invalid parameter hostid");
    }

    @Test
    void absentValue_leftToTheCommand() {
        assertThatCode(() -> worker.handle(task(new RediscoverDevicesCmd(), "other", "x")))
                .doesNotThrowAnyException();
    }

    private static DispatchTask task(Object cmd, String name, String value) {
        Map<String, Object> params = new HashMap<>();
        params.put(name, value);
        return new DispatchTask((org.apache.cloudstack.api.BaseCmd) cmd, params);
    }
}
