package dev.eventrecords.benchmarks;

import dev.eventrecords.benchmarks.events.DeviceConnected;
import dev.eventrecords.benchmarks.events.HeartRateSample;
import dev.eventrecords.benchmarks.events.HeartRatesRecorded;
import dev.eventrecords.benchmarks.events.Lap;
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
