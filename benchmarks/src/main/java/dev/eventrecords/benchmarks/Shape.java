package dev.eventrecords.benchmarks;

import dev.eventrecords.benchmarks.events.DeviceConnected;
import dev.eventrecords.benchmarks.events.DeviceConnectedSerde;
import dev.eventrecords.benchmarks.events.HeartRatesRecorded;
import dev.eventrecords.benchmarks.events.HeartRatesRecordedSerde;
import dev.eventrecords.benchmarks.events.ReviewPosted;
import dev.eventrecords.benchmarks.events.ReviewPostedSerde;
import dev.eventrecords.benchmarks.events.ShipmentManifested;
import dev.eventrecords.benchmarks.events.ShipmentManifestedSerde;
import dev.eventrecords.benchmarks.events.WorkoutCompleted;
import dev.eventrecords.benchmarks.events.WorkoutCompletedSerde;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;

/**
 * One event shape benchmarked: its record type, topic, fixed instance and our generated serde.
 *
 * @param name the name used in {@code @Param} and in the table
 * @param type the record type
 * @param topic the topic the event is written to
 * @param event the fixed instance
 * @param serde makes our generated serde
 * @param key the {@code @Key} component as text, as a plain producer's code reads it (a {@code UUID}'s text is the
 *     bytes Kafka's {@code UUIDSerializer} writes)
 * @param <E> the record type
 */
record Shape<E>(String name, Class<E> type, String topic, E event, Supplier<Serde<E>> serde, Function<E, String> key) {

    static final Shape<DeviceConnected> SMALL = new Shape<>(
            "small",
            DeviceConnected.class,
            "bench.devices",
            SampleEvents.deviceConnected(),
            DeviceConnectedSerde::new,
            DeviceConnected::deviceId);

    static final Shape<WorkoutCompleted> MEDIUM = new Shape<>(
            "medium",
            WorkoutCompleted.class,
            "bench.workouts",
            SampleEvents.workoutCompleted(),
            WorkoutCompletedSerde::new,
            workout -> workout.workoutId().toString());

    static final Shape<HeartRatesRecorded> NUMERIC = new Shape<>(
            "numeric",
            HeartRatesRecorded.class,
            "bench.heart-rates",
            SampleEvents.heartRatesRecorded(),
            HeartRatesRecordedSerde::new,
            HeartRatesRecorded::deviceId);

    static final Shape<ReviewPosted> TEXT = new Shape<>(
            "text",
            ReviewPosted.class,
            "bench.reviews",
            SampleEvents.reviewPosted(),
            ReviewPostedSerde::new,
            ReviewPosted::reviewId);

    static final Shape<ShipmentManifested> DEEP = new Shape<>(
            "deep",
            ShipmentManifested.class,
            "bench.shipments",
            SampleEvents.shipmentManifested(),
            ShipmentManifestedSerde::new,
            ShipmentManifested::shipmentId);

    static List<Shape<?>> all() {
        return List.of(SMALL, MEDIUM, NUMERIC, TEXT, DEEP);
    }

    static Shape<?> named(String name) {
        return all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no shape '" + name + "'; known: small, medium, numeric, text, deep"));
    }
}
