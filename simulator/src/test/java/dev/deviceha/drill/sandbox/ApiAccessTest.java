package dev.deviceha.drill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonObject;

import dev.deviceha.cloudstack.api.DeviceHaApiCommands;
import dev.deviceha.drill.ServedSandbox;
import dev.deviceha.drill.ServedWorld;
import dev.deviceha.drill.cloudstack.VmRecord;
import dev.deviceha.drill.sandbox.SandboxAccounts.Account;
import dev.deviceha.drill.sandbox.standin.StandInCommands;

/**
 * Who may call which API and who sees whose VMs, through the sandbox's role check (CloudStack's static role-based
 * checker: the roles each command's {@code @APICommand(authorized)} names) and its stand-in accounts: two users, each
 * with a VM that has device requests, one of them in the sub-domain of a domain admin.
 */
@ExtendWith(ServedSandbox.class)
class ApiAccessTest {
    private static ServedWorld served;
    private static ValidCalls valid;
    private static String aliceVm;
    private static String bobVm;
    private static String bobJob;

    @BeforeAll
    static void serve(ServedWorld sandboxWorld) throws Exception {
        served = sandboxWorld;
        JavaClient admin = JavaClient.withApiKey(served.sandbox());
        valid = ValidCalls.of(admin);
        Map<String, String> deploy = Map.of("zoneid", first(admin, "listZones", "zone"), "serviceofferingid",
                first(admin, "listServiceOfferings", "serviceoffering"), "startvm", "false");
        aliceVm = deployAs("alice", deploy, "SRIOV_VF/trading-net;count=1").get("id").getAsString();
        JsonObject bob = client("bob").call("deployVirtualMachine", with(deploy, "bob-vm", "HCT/sm-crypto"));
        bobJob = bob.get("jobid").getAsString();
        bobVm = bob.get("id").getAsString();
        while (client("bob").call("queryAsyncJobResult", "jobid", bobJob).get("jobstatus").getAsInt()
                == AsyncJobs.PENDING) {
            Thread.sleep(50);
        }
    }

    /** The plugin's own commands' roles are pinned by the plugin's AuthorizationTest; the stand-ins' here. */
    @Test
    void everyStandInNamesItsRoles_theAdminsAmongThem() {
        for (Class<?> command : new StandInCommands().getCommands()) {
            APICommand api = command.getAnnotation(APICommand.class);
            assertThat(api.authorized()).as("roles of %s", api.name()).contains(RoleType.Admin);
        }
    }

    /**
     * Each plugin command, called with valid parameters by a user and by a domain admin: refused as an unknown API
     * (432) when its roles leave them out; otherwise answered without a single VM of another account, and in either
     * case nothing changed.
     */
    @Test
    void usersAndDomainAdmins_getOnlyWhatTheirRoleAllows_andSeeNoVmOfOtherAccounts() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Account account : Stream.of("alice", "domainadmin").map(ApiAccessTest::account).toList()) {
            List<String> hidden = served.world().vms().stream()
                    .filter(vm -> !served.world().management().mayAccess(account.id(), vm.id()))
                    .map(vm -> vm.ref().uuid()).toList();
            for (Class<?> command : new DeviceHaApiCommands().getCommands()) {
                APICommand api = command.getAnnotation(APICommand.class);
                Map<String, Long> tables = TableChecksums.of(served.database());
                SignedForm.Answer answer = SignedForm.post(served.sandbox(), account.credentials(), api.name(),
                        valid.params(command, ""));
                boolean allowed = Set.of(api.authorized()).contains(account.role());
                if (!allowed && answer.status() != 432) {
                    failures.add(account.name() + " called " + api.name() + ": " + answer.status());
                }
                hidden.stream().filter(answer.body()::contains).forEach(vm -> failures.add(account.name() + " saw VM "
                        + vm + " of another account in " + api.name()));
                if (!TableChecksums.of(served.database()).equals(tables)) {
                    failures.add(account.name() + " changed the database with " + api.name());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void listDeviceRequests_userSeesHerOwnVmsRequestsOnly() {
        String body = client("alice").call("listDeviceRequests").toString();

        assertThat(body).contains(aliceVm).doesNotContain(bobVm);
        assertThat(served.world().vms()).extracting(vm -> vm.ref().uuid())
                .filteredOn(uuid -> !uuid.equals(aliceVm)).allSatisfy(uuid -> assertThat(body).doesNotContain(uuid));
    }

    @Test
    void listDeviceRequests_domainAdminSeesItsDomainsVmsOnly() {
        String body = client("domainadmin").call("listDeviceRequests").toString();

        assertThat(body).contains(aliceVm).doesNotContain(bobVm);
    }

    @Test
    void listDeviceRequests_ofAnotherAccountsVm_refusedWith531() {
        JavaClient.Refusal refusal = client("alice").refusal("listDeviceRequests", "virtualmachineid", bobVm);

        assertThat(refusal.status()).isEqualTo(531);
        assertThat(refusal.error().get("errortext").getAsString()).contains("virtualmachineid");
    }

    @Test
    void cloudStacksPerVmStandIns_keepToTheCallersVms() {
        JavaClient alice = client("alice");

        assertThat(alice.call("listVirtualMachines").getAsJsonArray("virtualmachine")).hasSize(1);
        assertThat(alice.refusal("queryAsyncJobResult", "jobid", bobJob).status()).isEqualTo(531);
        JsonObject start = alice.finishedJob("startVirtualMachine", Map.of("id", bobVm));
        assertThat(start.get("jobstatus").getAsInt()).isEqualTo(AsyncJobs.FAILED);
        assertThat(served.world().vms().stream().filter(vm -> vm.ref().uuid().equals(bobVm))
                .map(VmRecord::state).findFirst().orElseThrow().name()).isEqualTo("Stopped");
    }

    @Test
    void listApis_listsOnlyWhatTheRoleMayCall() {
        String apis = client("alice").call("listApis").toString();

        assertThat(apis).contains("\"listDeviceRequests\"").doesNotContain("\"createDeviceTag\"")
                .doesNotContain("\"sandboxFailHost\"");
    }

    private static JsonObject deployAs(String name, Map<String, String> deploy, String requests) {
        return client(name).callAsync("deployVirtualMachine", with(deploy, name + "-vm", requests))
                .getAsJsonObject("virtualmachine");
    }

    private static Map<String, String> with(Map<String, String> deploy, String vmName, String requests) {
        Map<String, String> params = new java.util.HashMap<>(deploy);
        params.put("name", vmName);
        params.put("details[0].deviceha.requests", requests);
        return params;
    }

    private static Account account(String name) {
        return served.sandbox().accounts().named(name);
    }

    private static JavaClient client(String name) {
        Account account = account(name);
        return JavaClient.withKeys(served.sandbox(), account.credentials().apiKey(),
                account.credentials().secretKey());
    }

    private static String first(JavaClient admin, String list, String item) {
        return admin.call(list).getAsJsonArray(item).get(0).getAsJsonObject().get("id").getAsString();
    }
}
