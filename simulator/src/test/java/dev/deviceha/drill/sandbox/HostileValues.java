package dev.deviceha.drill.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.Parameter;

import dev.deviceha.model.request.DeviceRequest;

/**
 * The invalid values a parameter gets, generated from its {@code @Parameter}: its type, length and collection type
 * decide the cases; a few grammars (tags, counts, VLANs, MACs, PCI ids) add their own violations by parameter name.
 */
final class HostileValues {
    /** A value as it goes on the wire, and what it tries. */
    record Case(String label, String wire) {
        static Case text(String label, String text) {
            return new Case(label, SignedForm.wire(text));
        }
    }

    /**
     * Free text: any printable text is a valid value, stored as it is, never interpreted (checked on its own); only
     * control characters, length and undecodable bytes are invalid.
     */
    static final Set<String> FREE_TEXT = Set.of(ApiConstants.DESCRIPTION);

    /** Violations of a parameter's own grammar, by parameter name; each name must be a parameter of some command. */
    static final Map<String, List<String>> GRAMMAR = Map.of(
            "tag", List.of("SRIOV_VF/", "/trading-net", "NOPE/trading-net", "Sriov_Vf/trading-net",
                    "SRIOV_VF/trading-net/x", "SRIOV_VF/Trading_Net", "SRIOV_VF//trading-net"),
            "kind", List.of("SRIOV", "Sriov_Vf", "SRIOV_VF/x", "VGPU ", "PC\u0130"),
            "count", List.of("0", "-1", Integer.toString(DeviceRequest.MAX_COUNT + 1)),
            "vlan", List.of("0", "4095", "-1", "100;trust=true", "1e2"),
            "macaddresses", List.of("01:00:5e:00:00:01", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00",
                    "02:00:00:00:00:01,02:00:00:00:00:01", "02-00-00-00-00-01", "02:00:00:00:00"),
            "numa", List.of("sometimes", "required;count=2"),
            "vendorid", List.of("zzzz", "80861", "808", "0X8086"),
            "productid", List.of("zzzz", "18891", "188"),
            "pciaddress", List.of("0000:3b:00.0/../../x", "0000:zz:00.0", "0000:3b:00.0;rm -rf /"),
            "netdev", List.of("ens1f0/../x", "ens1f0 up"));

    private static final List<Case> INJECTION = List.of(
            Case.text("SQL quote", "' OR '1'='1"),
            Case.text("SQL stacked query", "x'; DROP TABLE device_tag; --"),
            Case.text("XML external entity", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
            Case.text("path traversal", "../../../../etc/passwd"),
            Case.text("look-alike (Cyrillic a)", "SRIOV_VF/tr\u0430ding-net"),
            Case.text("look-alike (fullwidth)", "\uFF33\uFF32\uFF29\uFF2F\uFF36_VF/trading-net"),
            Case.text("empty", ""),
            Case.text("blank", " "));

    private static final List<Case> CONTROL = List.of(
            Case.text("NUL", "trading\u0000net"),
            Case.text("newline", "trading\nnet"),
            Case.text("forged log line", "x\r\nGET listDeviceTags -> 200"),
            Case.text("bidi override", "trading\u202Enet"),
            new Case("overlong UTF-8 of '../'", "%C0%AE%C0%AE%2F"));

    private HostileValues() {
    }

    /**
     * @param foreignUuids UUIDs of entities of other types than the parameter's own
     */
    static List<Case> of(Parameter parameter, List<String> foreignUuids) {
        List<Case> cases = new ArrayList<>(CONTROL);
        CommandType type = parameter.type();
        if (type == CommandType.BOOLEAN) {
            // CloudStack reads any value but "true" as false: no value of a BOOLEAN is invalid.
            return List.of();
        }
        int length = type == CommandType.STRING ? parameter.length() : 10_000;
        cases.add(Case.text("longer than the length " + length, "a".repeat(length + 1)));
        if (FREE_TEXT.contains(parameter.name())) {
            return cases;
        }
        boolean number = type == CommandType.INTEGER || type == CommandType.LONG || type == CommandType.SHORT;
        // CloudStack reads an empty number, or an empty optional id or list, as an absent one.
        INJECTION.stream().filter(c -> !(c.label().equals("empty") && (number || !parameter.required()
                && (type == CommandType.UUID || type == CommandType.LIST)))
                && !(c.label().equals("blank") && number)).forEach(cases::add);
        GRAMMAR.getOrDefault(parameter.name(), List.of()).forEach(value -> cases.add(Case.text("grammar", value)));
        switch (type) {
            case INTEGER, LONG, SHORT -> List.of("abc", "1.5", "9223372036854775808", "0x10", "1e3")
                    .forEach(value -> cases.add(Case.text("not a number", value)));
            case UUID -> cases.add(Case.text("upper-case UUID", UUID.randomUUID().toString().toUpperCase()));
            default -> {
                // STRING and LIST: the injection and grammar cases above
            }
        }
        if (type == CommandType.UUID || parameter.name().endsWith("id") || parameter.name().endsWith("ids")) {
            cases.add(Case.text("unknown UUID", UUID.randomUUID().toString()));
            cases.add(Case.text("numeric id", "1"));
            foreignUuids.forEach(uuid -> cases.add(Case.text("foreign UUID", uuid)));
        }
        return cases;
    }
}
