package dev.deviceha.model.request;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text form of device requests. The text first passes a character whitelist, so whitespace, control
 * characters, quotes and non-ASCII look-alikes are rejected with their position before any splitting happens;
 * the separators then cannot appear inside a value.
 */
final class DeviceRequestParser {
    private static final String SYNTAX = "expected KIND/tag[;key=value]... joined by ',', e.g. "
            + "SRIOV_VF/trading-net;count=2;vlan=100,HCT/sm-crypto";
    private static final Pattern COUNT = Pattern.compile("[1-9][0-9]?");
    private static final Set<String> OPTIONS = Set.of("count", "numa", "vlan", "trust", "spoofchk", "mac");
    private static final Set<String> SRIOV_ONLY = Set.of("vlan", "trust", "spoofchk", "mac");

    private DeviceRequestParser() {
    }

    static List<DeviceRequest> parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("device requests", text, "no request given: " + SYNTAX);
        }
        if (text.length() > DeviceRequests.MAX_LENGTH) {
            throw new InvalidValueException("device requests", text,
                    "longer than " + DeviceRequests.MAX_LENGTH + " characters");
        }
        rejectForeignCharacters(text);
        String[] items = text.split(",", -1);
        List<DeviceRequest> requests = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            requests.add(parseRequest(i + 1, items[i]));
        }
        return requests;
    }

    private static void rejectForeignCharacters(String text) {
        int request = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                request++;
            } else if (!isAllowed(c)) {
                throw new InvalidValueException("device requests", text,
                        "character " + InvalidValueException.quote(String.valueOf(c)) + " at position " + (i + 1)
                                + " (request " + request + ") is not allowed; only ASCII letters, digits and"
                                + " _ - / ; = : | , may appear, with no spaces");
            }
        }
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "_-/;=:|".indexOf(c) >= 0;
    }

    private static DeviceRequest parseRequest(int index, String item) {
        if (item.isEmpty()) {
            throw new InvalidValueException("device request " + index, item,
                    "empty request (a ',' too many?): " + SYNTAX);
        }
        String[] parts = item.split(";", -1);
        TagRef tag;
        try {
            tag = TagRef.parse(parts[0]);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("device request " + index, item, e.getMessage());
        }
        DeviceRequest.Builder builder = DeviceRequest.builder(tag);
        Set<String> seen = new HashSet<>();
        for (int p = 1; p < parts.length; p++) {
            applyOption(index, item, tag.kind(), parts[p], seen, builder);
        }
        try {
            return builder.build();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("device request " + index, item, e.getMessage());
        }
    }

    private static void applyOption(int index, String item, DeviceKind kind, String option, Set<String> seen,
            DeviceRequest.Builder builder) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
            throw new InvalidValueException("device request " + index, item,
                    "option " + InvalidValueException.quote(option) + " is not key=value (a ';' too many?)");
        }
        String key = option.substring(0, eq);
        String value = option.substring(eq + 1);
        if (!OPTIONS.contains(key)) {
            throw new InvalidValueException("device request " + index, item, "unknown option "
                    + InvalidValueException.quote(key) + "; options are count, numa, vlan, trust, spoofchk, mac");
        }
        if (!seen.add(key)) {
            throw new InvalidValueException("device request " + index, item,
                    "option " + key + " is given twice");
        }
        if (SRIOV_ONLY.contains(key) && kind != DeviceKind.SRIOV_VF) {
            throw new InvalidValueException("device request " + index, item,
                    "option " + key + " applies to SRIOV_VF requests only, not " + kind);
        }
        try {
            switch (key) {
                case "count" -> builder.count(parseCount(value));
                case "numa" -> builder.numa(NumaPolicy.parse(value));
                case "vlan" -> builder.vlan(VlanId.parse(value));
                case "trust" -> builder.trust(parseOnOff("trust", value));
                case "spoofchk" -> builder.spoofCheck(parseOnOff("spoofchk", value));
                default -> builder.macs(parseMacs(value));
            }
        } catch (InvalidValueException e) {
            throw new InvalidValueException("device request " + index, item,
                    "option " + key + ": " + e.getMessage());
        }
    }

    private static int parseCount(String value) {
        if (!COUNT.matcher(value).matches() || Integer.parseInt(value) > DeviceRequest.MAX_COUNT) {
            throw new InvalidValueException("device count", value, "expected 1 to " + DeviceRequest.MAX_COUNT);
        }
        return Integer.parseInt(value);
    }

    private static boolean parseOnOff(String what, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidValueException(what + " setting", value, "expected on or off");
        };
    }

    private static List<MacAddress> parseMacs(String value) {
        List<MacAddress> macs = new ArrayList<>();
        for (String mac : value.split("\\|", -1)) {
            macs.add(MacAddress.parse(mac));
        }
        return macs;
    }
}
