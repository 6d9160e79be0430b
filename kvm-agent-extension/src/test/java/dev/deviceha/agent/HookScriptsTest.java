package dev.deviceha.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deviceha.domainxml.DeviceKey;
import dev.deviceha.domainxml.DomainDeviceKeys;
import dev.deviceha.model.PciAddress;
import dev.deviceha.testsupport.AcceptanceHost;
import dev.deviceha.testsupport.Assignments;
import dev.deviceha.testsupport.LibvirtTestDriver;
import dev.deviceha.testsupport.Resources;
import groovy.lang.Binding;
import groovy.lang.GroovyObject;
import groovy.util.GroovyScriptEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Runs the shipped hook scripts the way CloudStack 4.22's agent does (LibvirtKvmAgentHook evaluates the script with
 * a GroovyScriptEngine and invokes the method with its log4j2 logger and the argument; LibvirtStartCommandWrapper
 * starts the original XML when the hook throws or returns null, then calls the on-start hook) against libvirt's
 * test driver.
 */
class HookScriptsTest {
    private static final Path HOOKS = Path.of("src/main/dist/hooks");
    private static final Logger AGENT_LOGGER = LogManager.getLogger("com.cloud.hypervisor.kvm.resource.LibvirtKvmAgentHook");

    @TempDir
    Path sysfsRoot;
    @TempDir
    Path stateDir;
    @TempDir
    Path config;

    private Connect libvirt;

    @BeforeEach
    void setUp() throws Exception {
        AcceptanceHost.in(sysfsRoot);
        Path properties = config.resolve("agent.properties");
        Files.writeString(properties, String.join("\n",
                "agent.hooks.basedir=" + HOOKS.toAbsolutePath(),
                AgentSettings.STATE_DIR + "=" + stateDir,
                AgentSettings.SYSFS_ROOT + "=" + sysfsRoot,
                AgentSettings.LIBVIRT_URI + "=test://" + Resources.path("libvirt/node.xml").toAbsolutePath(),
                ""));
        System.setProperty(AgentSettings.PROPERTIES_OVERRIDE, properties.toString());
        libvirt = LibvirtTestDriver.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty(AgentSettings.PROPERTIES_OVERRIDE);
        libvirt.close();
    }

    /** LibvirtKvmAgentHook.handle: evaluate the script, invoke the method with the agent's logger. */
    private static Object runHook(String script, String method, Object argument) throws Exception {
        GroovyObject hook = (GroovyObject) new GroovyScriptEngine(HOOKS.toAbsolutePath().toString())
                .run(script, new Binding());
        return hook.invokeMethod(method, new Object[] {AGENT_LOGGER, argument});
    }

    /** LibvirtStartCommandWrapper: transform (the original XML on exception or null), create, on-start hook. */
    private Domain startAsCloudStackDoes(String domainXml) throws LibvirtException {
        String finalXml;
        try {
            finalXml = (String) runHook("libvirt-vm-xml-transformer.groovy", "transform", domainXml);
            if (finalXml == null) {
                finalXml = domainXml;
            }
        } catch (Exception e) {
            finalXml = domainXml;
        }
        Domain domain = libvirt.domainCreateXML(finalXml, 0);
        try {
            runHook("libvirt-vm-state-change.groovy", "onStart", domain.getName());
        } catch (Exception swallowedByCloudStack) {
            // CloudStack logs and ignores on-start hook failures.
        }
        return domain;
    }

    @Test
    void vmWithoutStagedDevices_startsAsCloudStackBuiltIt() throws Exception {
        String original = Resources.cloudstackDomain();

        assertThat(runHook("libvirt-vm-xml-transformer.groovy", "transform", original)).isEqualTo(original);
    }

    @Test
    void stagedVm_startsWithItsDevices_andOnStopReleasesTheStage() throws Exception {
        assertThat(DeviceHaAgent.shared().stage(Assignments.twoVfsVgpuAndHct())).isEmpty();

        Domain domain = startAsCloudStackDoes(Resources.cloudstackDomain());

        assertThat(DomainDeviceKeys.of(domain.getXMLDesc(0))).contains(
                DeviceKey.pci(PciAddress.parse("0000:3b:02.0")), DeviceKey.pci(PciAddress.parse("0000:3b:02.1")));
        domain.destroy();
        runHook("libvirt-vm-state-change.groovy", "onStop", Assignments.VM);
        assertThat(Files.exists(stateDir.resolve("stages/i-2-10-VM.json"))).isFalse();
    }

    @Test
    void stagedVm_whoseDeviceVanished_failsToStartWithTheReasonInLibvirtsError() throws Exception {
        DeviceHaAgent.shared().stage(Assignments.twoVfsVgpuAndHct());
        Files.delete(sysfsRoot.resolve("bus/pci/devices/0000:3b:02.1"));

        assertThatThrownBy(() -> startAsCloudStackDoes(Resources.cloudstackDomain()))
                .isInstanceOf(LibvirtException.class)
                .hasMessageContaining("device-ha refused to start i-2-10-VM")
                .hasMessageContaining("no PCI device 0000:3b:02.1");
        assertThat(libvirt.numOfDomains()).isZero();
    }

    @Test
    void secondStartWithoutANewStage_fails() throws Exception {
        DeviceHaAgent.shared().stage(Assignments.twoVfsVgpuAndHct());
        startAsCloudStackDoes(Resources.cloudstackDomain()).destroy();

        assertThatThrownBy(() -> startAsCloudStackDoes(Resources.cloudstackDomain()))
                .isInstanceOf(LibvirtException.class).hasMessageContaining("earlier start");
    }

    @Test
    void brokenSettings_refuseTheStartInsteadOfDroppingDevices() throws Exception {
        Files.writeString(Path.of(System.getProperty(AgentSettings.PROPERTIES_OVERRIDE)),
                AgentSettings.STAGE_TTL_SECONDS + "=soon\n");

        Object xml = runHook("libvirt-vm-xml-transformer.groovy", "transform", Resources.cloudstackDomain());

        assertThat((String) xml).contains("device-ha refused to start i-2-10-VM", AgentSettings.STAGE_TTL_SECONDS);
    }
}
