package dev.deviceha.drill.sandbox;

import java.util.List;
import java.util.Optional;

import org.apache.cloudstack.acl.RoleType;

/**
 * Stand-in for CloudStack's accounts, users, domains and roles, thin: one user per account with its own API key
 * and secret, one role type per account, a domain path. The root admin (CloudStack's account and user 2) in the
 * root domain; two user accounts, one of them in the sub-domain {@code /sandbox/}; and a domain admin of that
 * sub-domain. Enough to prove who may call which API and who sees whose VMs.
 */
public final class SandboxAccounts {
    /** A sandbox account and its one user. */
    public record Account(long id, long userId, String name, RoleType role, String domainPath,
            Credentials credentials) {
        /**
         * AccountService.checkAccess on a VM, reduced to what the sandbox has: an admin reaches every VM, a domain
         * or resource admin those of accounts in its domain and below, a user its own.
         */
        boolean mayAccessVmsOf(Account owner) {
            return switch (role) {
                case Admin -> true;
                case DomainAdmin, ResourceAdmin -> owner.domainPath().startsWith(domainPath);
                default -> owner.id() == id;
            };
        }
    }

    static final String SUB_DOMAIN = "/sandbox/";

    private final List<Account> accounts;

    private SandboxAccounts(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** The root admin with the given credentials, and the stand-in accounts with new keys. */
    static SandboxAccounts with(Credentials admin) {
        return new SandboxAccounts(List.of(
                new Account(Sandbox.ADMIN_ACCOUNT_ID, Sandbox.ADMIN_USER_ID, admin.username(), RoleType.Admin, "/",
                        admin),
                account(3, "alice", RoleType.User, SUB_DOMAIN),
                account(4, "bob", RoleType.User, "/"),
                account(5, "domainadmin", RoleType.DomainAdmin, SUB_DOMAIN)));
    }

    private static Account account(long id, String name, RoleType role, String domainPath) {
        return new Account(id, id, name, role, domainPath, Credentials.generate(name));
    }

    public List<Account> all() {
        return accounts;
    }

    public Account admin() {
        return byId(Sandbox.ADMIN_ACCOUNT_ID);
    }

    public Account named(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    Optional<Account> byApiKey(String apiKey) {
        return accounts.stream().filter(a -> a.credentials().apiKey().equals(apiKey)).findFirst();
    }

    /** Whether the caller's account may see and act on the owner's VMs; an unknown account reaches nothing. */
    boolean mayAccess(long callerAccountId, long ownerAccountId) {
        return accounts.stream().anyMatch(a -> a.id() == callerAccountId)
                && accounts.stream().anyMatch(a -> a.id() == ownerAccountId)
                && byId(callerAccountId).mayAccessVmsOf(byId(ownerAccountId));
    }

    Account byId(long id) {
        return accounts.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
