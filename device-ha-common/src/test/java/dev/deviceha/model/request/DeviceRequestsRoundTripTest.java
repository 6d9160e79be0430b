package dev.deviceha.model.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deviceha.model.DeviceKind;
import dev.deviceha.model.MacAddress;
import dev.deviceha.model.MacPrefix;
import dev.deviceha.model.NumaPolicy;
import dev.deviceha.model.TagName;
import dev.deviceha.model.TagRef;
import dev.deviceha.model.VlanId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: for any valid requests x, parse(format(x)) equals x, and format is a fixed point. */
class DeviceRequestsRoundTripTest {
    private static final MacPrefix MACS = MacPrefix.parse("02:dc");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String WORD_CHARS = LETTERS + "0123456789";

    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parseOfFormat_generatedRequests_equalsOriginal(long seed) {
        DeviceRequests original = generate(new Random(seed));

        String text = original.format();
        DeviceRequests reparsed = DeviceRequests.parse(text);

        assertThat(reparsed).as("seed %d, text %s", seed, text).isEqualTo(original);
        assertThat(reparsed.format()).isEqualTo(text);
    }

    private static DeviceRequests generate(Random random) {
        int size = 1 + random.nextInt(5);
        Set<TagRef> tags = new HashSet<>();
        List<DeviceRequest> requests = new ArrayList<>();
        long nextMac = random.nextInt(1000);
        while (requests.size() < size) {
            TagRef tag = new TagRef(DeviceKind.values()[random.nextInt(DeviceKind.values().length)],
                    TagName.parse(tagName(random)));
            if (!tags.add(tag)) {
                continue;
            }
            int count = 1 + random.nextInt(DeviceRequest.MAX_COUNT);
            DeviceRequest.Builder builder = DeviceRequest.builder(tag).count(count)
                    .numa(NumaPolicy.values()[random.nextInt(NumaPolicy.values().length)]);
            if (tag.kind() == DeviceKind.SRIOV_VF) {
                builder.vlan(random.nextBoolean() ? new VlanId(1 + random.nextInt(4094)) : null)
                        .trust(optionalBoolean(random))
                        .spoofCheck(optionalBoolean(random));
                List<MacAddress> macs = new ArrayList<>();
                for (int i = random.nextInt(Math.min(count, 3) + 1); i > 0; i--) {
                    macs.add(MACS.nth(nextMac++));
                }
                builder.macs(macs);
            }
            requests.add(builder.build());
        }
        return new DeviceRequests(requests);
    }

    private static Boolean optionalBoolean(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    /** A random name in TagName's grammar: 1 to 3 words, the first starting with a letter. */
    private static String tagName(Random random) {
        StringBuilder name = new StringBuilder().append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append('-');
            }
            for (int c = random.nextInt(6) + (w == 0 ? 0 : 1); c > 0; c--) {
                name.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
            }
        }
        return name.toString();
    }
}
