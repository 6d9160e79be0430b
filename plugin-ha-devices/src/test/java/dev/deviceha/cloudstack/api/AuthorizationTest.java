package dev.deviceha.cloudstack.api;

import static org.apache.cloudstack.acl.RoleType.Admin;
import static org.apache.cloudstack.acl.RoleType.DomainAdmin;
import static org.apache.cloudstack.acl.RoleType.ResourceAdmin;
import static org.apache.cloudstack.acl.RoleType.User;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.junit.jupiter.api.Test;

/**
 * Who may call each API. A new command fails these tests until it has an entry here, so opening an API beyond
 * root admins is always a visible decision.
 */
class AuthorizationTest {
    private static final Set<RoleType> ADMIN_ONLY = EnumSet.of(Admin);

    private static final Map<String, Set<RoleType>> EXPECTED = Map.ofEntries(
            Map.entry("createDeviceTag", ADMIN_ONLY),
            Map.entry("listDeviceTags", ADMIN_ONLY),
            Map.entry("updateDeviceTag", ADMIN_ONLY),
            Map.entry("deleteDeviceTag", ADMIN_ONLY),
            Map.entry("createDeviceTagRule", ADMIN_ONLY),
            Map.entry("listDeviceTagRules", ADMIN_ONLY),
            Map.entry("deleteDeviceTagRule", ADMIN_ONLY),
            Map.entry("listDevices", ADMIN_ONLY),
            Map.entry("rediscoverDevices", ADMIN_ONLY),
            Map.entry("assignDeviceTag", ADMIN_ONLY),
            Map.entry("unassignDeviceTag", ADMIN_ONLY),
            Map.entry("addDeviceRequest", ADMIN_ONLY),
            Map.entry("removeDeviceRequest", ADMIN_ONLY),
            Map.entry("listDeviceRequests", EnumSet.of(Admin, ResourceAdmin, DomainAdmin, User)),
            Map.entry("listDeviceHaReadiness", ADMIN_ONLY),
            Map.entry("listDeviceFailoverCapacity", ADMIN_ONLY),
            Map.entry("listDeviceHaWhatIf", ADMIN_ONLY));

    @Test
    void everyDeclaredCommandIsAuthorizedExactlyAsTheTableSays() {
        Map<String, Set<RoleType>> actual = new TreeMap<>();
        for (Class<?> command : CommandClasses.declared()) {
            APICommand api = command.getAnnotation(APICommand.class);
            Set<RoleType> roles = EnumSet.noneOf(RoleType.class);
            roles.addAll(List.of(api.authorized()));
            actual.put(api.name(), roles);
        }

        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
    }

    @Test
    void onlyListDeviceRequestsIsOpenToUsers() {
        assertThat(CommandClasses.declared())
                .filteredOn(c -> List.of(c.getAnnotation(APICommand.class).authorized()).contains(User))
                .containsExactly(ListDeviceRequestsCmd.class);
    }

    @Test
    void noCommandLeavesAuthorizedEmpty() {
        // An empty list would leave access to whatever the role permissions happen to allow.
        assertThat(CommandClasses.declared())
                .allSatisfy(c -> assertThat(c.getAnnotation(APICommand.class).authorized()).isNotEmpty());
    }
}
