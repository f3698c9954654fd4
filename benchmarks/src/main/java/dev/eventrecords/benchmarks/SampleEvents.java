package dev.eventrecords.benchmarks;

import dev.eventrecords.benchmarks.events.Carton;
import dev.eventrecords.benchmarks.events.Container;
import dev.eventrecords.benchmarks.events.DeviceConnected;
import dev.eventrecords.benchmarks.events.Factory;
import dev.eventrecords.benchmarks.events.HeartRateSample;
import dev.eventrecords.benchmarks.events.HeartRatesRecorded;
import dev.eventrecords.benchmarks.events.Item;
import dev.eventrecords.benchmarks.events.Lap;
import dev.eventrecords.benchmarks.events.Origin;
import dev.eventrecords.benchmarks.events.Pallet;
import dev.eventrecords.benchmarks.events.Port;
import dev.eventrecords.benchmarks.events.ReviewPosted;
import dev.eventrecords.benchmarks.events.ShipmentManifested;
import dev.eventrecords.benchmarks.events.Voyage;
import dev.eventrecords.benchmarks.events.Wearable;
import dev.eventrecords.benchmarks.events.WorkoutCompleted;
import dev.eventrecords.benchmarks.events.WorkoutType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/** The fixed instances benchmarked, built from seeded generators so every run and every contender sees the same. */
final class SampleEvents {

    private static final long SEED = 20_240_501L;
    private static final long MAY_FIRST_2024_MILLIS = 1_714_521_600_000L;

    private SampleEvents() {}

    static DeviceConnected deviceConnected() {
        SplittableRandom random = new SplittableRandom(SEED);
        return new DeviceConnected(
                deviceId(random),
                userId(random),
                new UUID(random.nextLong(), random.nextLong()),
                instant(random),
                "4.2." + random.nextInt(100),
                "Pulse Pro " + (1 + random.nextInt(5)));
    }

    static WorkoutCompleted workoutCompleted() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<Lap> laps = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            laps.add(new Lap(
                    i,
                    240_000L + random.nextInt(60_000),
                    tenths(950 + 100 * random.nextDouble()),
                    120 + random.nextInt(60)));
        }
        return new WorkoutCompleted(
                new UUID(random.nextLong(), random.nextLong()),
                userId(random),
                WorkoutType.values()[random.nextInt(WorkoutType.values().length)],
                instant(random),
                new Wearable("Pulse Pro " + (1 + random.nextInt(5)), "4.2." + random.nextInt(100), random.nextInt(101)),
                Optional.of("Felt strong, negative split over the last 3 km"),
                laps);
    }

    static HeartRatesRecorded heartRatesRecorded() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        Instant recordedAt = instant(random);
        List<HeartRateSample> samples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double beatsPerMinute = tenths(55 + 125 * random.nextDouble());
            double rrIntervalMillis = Math.round(6_000_000 / beatsPerMinute) / 100.0;
            samples.add(new HeartRateSample(
                    i, recordedAt.toEpochMilli() - 1_000L * (100 - i), beatsPerMinute, rrIntervalMillis));
        }
        return new HeartRatesRecorded(deviceId(random), userId(random), recordedAt, samples);
    }

    /**
     * Fragments the review body is drawn from: plain ASCII prose (the common case), and text each contender must
     * escape or encode: quotes, backslashes, control characters (tab, newline, carriage return and two that only a
     * {@code \\u} escape can write), accented Latin, Greek, CJK, and emoji outside the Basic Multilingual Plane.
     */
    private static final List<String> REVIEW_FRAGMENTS = List.of(
            "The strap is comfortable for long runs and the screen stays readable in bright sun. ",
            "Battery life is about nine days with GPS twice a week. ",
            "He said \"it's the best watch I've owned\" and I agree. ",
            "Export path: C:\\Users\\runner\\exports\\2024-05-01.fit ",
            "Line one\nLine two\r\n\tindented\u0001\u001f ",
            "Très bien conçu, légère et précise; à recommander. ",
            "Für Läufer: größer als erwartet, aber sehr angenehm. ",
            "Η μπαταρία κρατάει πολύ. ",
            "心拍数の測定はとても正確です。",
            "这款手表的续航时间很长，推荐购买。",
            "배터리가 오래 갑니다. ",
            "Loved it \uD83C\uDFC3\u200D\u2640\uFE0F\uD83D\uDD25\uD83D\uDCAF ",
            "5/5 \u2605\u2605\u2605\u2605\u2605 ");

    static ReviewPosted reviewPosted() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        StringBuilder body = new StringBuilder();
        while (body.length() < 3_000) {
            body.append(REVIEW_FRAGMENTS.get(random.nextInt(REVIEW_FRAGMENTS.size())));
        }
        return new ReviewPosted(
                "review-" + Long.toHexString(random.nextLong()),
                "sku-" + (100_000 + random.nextInt(900_000)),
                "Zoë \"the runner\" Ødegård",
                instant(random),
                1 + random.nextInt(5),
                "Précis et léger \u2014 \"très bien\" \uD83D\uDC4D",
                body.toString());
    }

    static ShipmentManifested shipmentManifested() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        List<String> countries = List.of("CN", "VN", "DE", "MX", "PT", "IN");
        List<Container> containers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            List<Pallet> pallets = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                List<Carton> cartons = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    List<Item> items = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        items.add(new Item(
                                "sku-" + (100_000 + random.nextInt(900_000)),
                                1 + random.nextInt(48),
                                new Origin(
                                        countries.get(random.nextInt(countries.size())),
                                        new Factory(
                                                "Plant " + (1 + random.nextInt(40)),
                                                1_000_000_000L + random.nextInt(1_000_000_000)))));
                    }
                    cartons.add(new Carton(
                            "CTN-" + (10_000 + random.nextInt(90_000)), tenths(2 + 20 * random.nextDouble()), items));
                }
                pallets.add(new Pallet(p + 1, cartons));
            }
            containers.add(new Container(
                    "MSKU" + (1_000_000 + random.nextInt(9_000_000)),
                    "SL" + (100_000 + random.nextInt(900_000)),
                    8_000 + random.nextInt(20_000),
                    pallets));
        }
        Voyage voyage =
                new Voyage("Maersk Essen", new Port("CNSHA", "Shanghai"), new Port("DEHAM", "Hamburg"), containers);
        return new ShipmentManifested("shipment-" + (10_000 + random.nextInt(90_000)), instant(random), voyage);
    }

    private static String deviceId(SplittableRandom random) {
        return "wrist-" + Long.toHexString(0x100000L + random.nextInt(0xF00000));
    }

    private static String userId(SplittableRandom random) {
        return "user-" + (10_000 + random.nextInt(90_000));
    }

    /** Millisecond precision, as most producers have. */
    private static Instant instant(SplittableRandom random) {
        return Instant.ofEpochMilli(MAY_FIRST_2024_MILLIS + random.nextInt(86_400_000));
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
