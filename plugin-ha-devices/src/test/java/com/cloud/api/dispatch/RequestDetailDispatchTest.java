package com.cloud.api.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.deviceha.api.UnpackedParams;
import dev.deviceha.catalog.DeviceTagRepository;
import dev.deviceha.cloudstack.api.RequestDetailValidation;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.tag.TagOrigin;
import dev.deviceha.persistence.MariaDbExtension;
import dev.deviceha.persistence.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CloudStack's two API dispatch chains, shaped as DispatchChainFactory builds them in 4.22, with recording stand-ins
 * for its workers. {@link #dispatch} runs a chain the way DispatchChain.dispatch does: each worker in order, until
 * one throws.
 */
@ExtendWith(MariaDbExtension.class)
class RequestDetailDispatchTest {
    private static final TagRef TRADING_NET = TagRef.parse("SRIOV_VF/trading-net");
    private static final String MALFORMED = "details[0].deviceha.requests=SRIOV_VF/Trading;count=2";
    private static final String VALID = "details[0].deviceha.requests=SRIOV_VF/trading-net;count=2;vlan=100";

    private final List<String> ran = new ArrayList<>();
    private final DispatchChain standard = new DispatchChain();
    private final DispatchChain creating = new DispatchChain();
    private final DispatchChainFactory factory = mock(DispatchChainFactory.class);
    private final RequestDetailValidation validation = new RequestDetailValidation();

    private DispatchWorker upstream(String name) {
        return task -> ran.add(name);
    }

    @BeforeEach
    void buildChainsAsCloudStackDoes(TestDatabase db) {
        DeviceTagRepository tags = new DeviceTagRepository(db.migrated().dataSource());
        tags.ensure(TRADING_NET, null, TagOrigin.ADMIN);
        validation.setTags(tags);
        DispatchWorker unpack = upstream("unpack");
        DispatchWorker process = upstream("process");
        DispatchWorker generic = upstream("generic-validation");
        DispatchWorker specific = upstream("specific-validation");
        standard.add(unpack).add(process).add(generic).add(specific);
        creating.add(unpack).add(process).add(generic).add(specific).add(new CommandCreationWorker() {
            @Override
            public void handle(DispatchTask task) {
                ran.add("create");
            }
        });
        when(factory.getStandardDispatchChain()).thenReturn(standard);
        when(factory.getAsyncCreationDispatchChain()).thenReturn(creating);
        validation.setDispatchChainFactory(factory);
    }

    private void dispatch(DispatchChain chain, Map<String, Object> params) {
        DispatchTask task = new DispatchTask(null, params);
        for (DispatchWorker worker : chain.workers) {
            worker.handle(task);
        }
    }

    @Test
    void deployWithMalformedDetail_isRefusedBeforeTheVmIsCreated() {
        validation.install();

        assertThatThrownBy(() -> dispatch(creating, UnpackedParams.of("name=trader-1", MALFORMED)))
                .isInstanceOfSatisfying(ServerApiException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR))
                .hasMessageStartingWith("parameter details[0].deviceha.requests: invalid device request 1 "
                        + "\"SRIOV_VF/Trading;count=2\"");
        assertThat(ran).containsExactly("unpack", "process", "generic-validation", "specific-validation");
    }

    @Test
    void deployWithValidDetail_goesOnToCreateTheVm() {
        validation.install();

        dispatch(creating, UnpackedParams.of("name=trader-1", VALID));

        assertThat(ran).containsExactly("unpack", "process", "generic-validation", "specific-validation", "create");
    }

    @Test
    void deployNamingATagThatDoesNotExist_isRefusedBeforeTheVmIsCreated() {
        validation.install();

        assertThatThrownBy(() -> dispatch(creating, UnpackedParams.of("name=trader-1",
                "details[0].deviceha.requests=SRIOV_VF/market-data")))
                .hasMessage("parameter details[0].deviceha.requests: no device tag SRIOV_VF/market-data;"
                        + " create it first");
        assertThat(ran).doesNotContain("create");
    }

    @Test
    void updateOrCreateOfferingWithMalformedDetail_isRefusedAfterCloudStacksOwnChecks() {
        validation.install();

        assertThatThrownBy(() -> dispatch(standard, UnpackedParams.of("id=42", MALFORMED)))
                .isInstanceOf(ServerApiException.class);
        assertThatThrownBy(() -> dispatch(standard, UnpackedParams.of("name=trading",
                "serviceofferingdetails[0].key=deviceha.requests", "serviceofferingdetails[0].value=HCT")))
                .hasMessageStartingWith("parameter serviceofferingdetails[0].value: ");
        assertThat(ran).containsExactly("unpack", "process", "generic-validation", "specific-validation",
                "unpack", "process", "generic-validation", "specific-validation");
    }

    @Test
    void install_twice_putsTheCheckIntoEachChainOnce() {
        validation.install();
        validation.install();

        // The standard chain gets the detail check and the plugin's UUID check, the creation chain the detail check.
        assertThat(standard.workers).hasSize(6);
        assertThat(creating.workers).hasSize(6);
        assertThat(creating.workers.get(5)).isInstanceOf(CommandCreationWorker.class);
    }

    @Test
    void install_replacesTheWorkerListInsteadOfChangingIt() {
        List<DispatchWorker> before = creating.workers;

        validation.install();

        assertThat(before).hasSize(5);
        assertThat(creating.workers).isNotSameAs(before).hasSize(6);
    }

    @Test
    void creationChainWithoutACreationStep_isLeftAlone() {
        DispatchChain unknownShape = new DispatchChain().add(upstream("unpack"));
        when(factory.getAsyncCreationDispatchChain()).thenReturn(unknownShape);

        validation.install();

        assertThat(unknownShape.workers).hasSize(1);
        assertThat(standard.workers).hasSize(6);
    }
}
