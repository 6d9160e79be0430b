package dev.deviceha.model.tag;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.InvalidValueException;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a vGPU tag from the vGPU profile name the driver reports ({@code GRID T4-1Q}, {@code NVIDIA A100-4C}).
 *
 * <p>The rule, so that every host and driver version exposing the same profile yields the same tag:
 * <ol>
 *   <li>split the profile name into ASCII words, lower-cased, and drop the leading brand words {@code grid} and
 *       {@code nvidia} (NVIDIA renamed "GRID T4-1Q" to "NVIDIA T4-1Q" across driver releases);</li>
 *   <li>if the part before the last '-' (the board, as in {@code T4-1Q}, {@code A100-2-10C}) mixes letters and
 *       digits, the profile names its board and the tag is the remaining words joined by '-'; the GPU model is not
 *       used, because product names (from pci.ids or the driver) differ between hosts;</li>
 *   <li>otherwise the words of the GPU model come first;</li>
 *   <li>a name over {@value TagName#MAX_LENGTH} characters keeps its first 39 and gets '-' plus 8 hex digits of
 *       the SHA-256 of the full name.</li>
 * </ol>
 * The driver's type id ({@code nvidia-230}) is never used: it changes with the driver version.
 */
public final class VgpuTagNamer {
    private static final Set<String> BRANDS = Set.of("grid", "nvidia");
    private static final int MAX_INPUT = 128;
    private static final int HASH_HEX_DIGITS = 8;

    private VgpuTagNamer() {
    }

    /** The VGPU tag of a profile; see the class comment for the rule. */
    public static TagRef tagFor(String gpuModel, String profileName) {
        return new TagRef(DeviceKind.VGPU, nameFor(gpuModel, profileName));
    }

    /**
     * @param gpuModel    a short, stable model name ({@code T4}); used only when the profile does not name the board,
     *                    may be null otherwise
     * @param profileName the type's {@code name} as sysfs or the driver reports it, without its trailing newline
     */
    public static TagName nameFor(String gpuModel, String profileName) {
        checkText("vGPU profile name", profileName);
        List<String> words = brandlessWords(profileName);
        if (words.isEmpty()) {
            throw new InvalidValueException("vGPU profile name", profileName,
                    "it has no letters or digits beyond the brand (GRID, NVIDIA) to name a tag after");
        }
        List<String> name = new ArrayList<>();
        if (!namesBoard(profileName)) {
            String given = gpuModel == null ? "" : gpuModel;
            checkText("GPU model", given);
            List<String> model = brandlessWords(given);
            if (model.isEmpty()) {
                throw new InvalidValueException("GPU model", gpuModel, "the vGPU profile "
                        + InvalidValueException.quote(profileName) + " does not name its board, so a GPU model"
                        + " with letters or digits is required");
            }
            name.addAll(model);
        }
        name.addAll(words);
        if (!Character.isLetter(name.get(0).charAt(0))) {
            name.add(0, "gpu");
        }
        return TagName.parse(shorten(String.join("-", name)));
    }

    private static void checkText(String what, String value) {
        if (value == null || value.length() > MAX_INPUT) {
            throw new InvalidValueException(what, value, "expected 1 to " + MAX_INPUT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidValueException(what, value, "only printable ASCII is expected, found "
                        + InvalidValueException.quote(String.valueOf(c)) + " at position " + (i + 1));
            }
        }
    }

    private static List<String> brandlessWords(String value) {
        List<String> words = new ArrayList<>(Arrays.asList(value.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && BRANDS.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** NVIDIA profiles read {@code <board>-<configuration>}; a board name mixes letters and digits. */
    private static boolean namesBoard(String profileName) {
        int dash = profileName.lastIndexOf('-');
        if (dash < 0) {
            return false;
        }
        String board = String.join("", brandlessWords(profileName.substring(0, dash)));
        return board.chars().anyMatch(Character::isLetter) && board.chars().anyMatch(Character::isDigit);
    }

    private static String shorten(String name) {
        if (name.length() <= TagName.MAX_LENGTH) {
            return name;
        }
        String head = name.substring(0, TagName.MAX_LENGTH - HASH_HEX_DIGITS - 1);
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + sha256Hex(name).substring(0, HASH_HEX_DIGITS);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
