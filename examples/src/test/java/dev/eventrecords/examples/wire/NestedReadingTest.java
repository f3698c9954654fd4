package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.examples.fitness.Lap;
import dev.eventrecords.examples.fitness.WorkoutCompleted;
import dev.eventrecords.examples.fitness.WorkoutCompletedSerde;
import dev.eventrecords.examples.fitness.WorkoutType;
import dev.eventrecords.examples.wire.RoutePlanned.Elevation;
import dev.eventrecords.examples.wire.RoutePlanned.Position;
import dev.eventrecords.examples.wire.RoutePlanned.Waypoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reading tolerates old and new writers inside nested records too, where {@link WireContract}'s random edits (top level
 * only) do not reach: unknown properties of a nested record are skipped, missing ones are null, zero or empty (a
 * missing collection is empty, where Jackson reads null).
 */
class NestedReadingTest {

    private static final String WORKOUT = "{\"workoutId\":\"3f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10\",\"userId\":\"u-1\","
            + "\"type\":\"RUN\",\"completedAt\":\"2024-05-01T10:15:30+01:00\",\"duration\":\"PT31M\",\"laps\":[%s],"
            + "\"notes\":null}";

    @Test
    void unknownPropertiesOfARecordInAListAreSkipped() {
        WorkoutCompleted workout =
                readWorkout("{\"number\":1,\"heartRate\":{\"max\":181,\"zones\":[1,{\"distanceKm\":\"x\"}]},"
                        + "\"distanceKm\":5.00,\"splits\":[[1],[2,{}]],\"time\":\"PT15M\",\"gps\":null}");

        assertThat(workout.laps()).containsExactly(new Lap(1, new BigDecimal("5.00"), Duration.ofMinutes(15)));
    }

    @Test
    void missingPropertiesOfARecordInAListAreNullOrZero() {
        WorkoutCompleted workout = readWorkout("{\"time\":\"PT15M\"},{}");

        assertThat(workout.laps()).containsExactly(new Lap(0, null, Duration.ofMinutes(15)), new Lap(0, null, null));
    }

    @Test
    void missingPropertiesOfARecordFiveDeepAreNullZeroOrEmpty() {
        String json = "{\"routeId\":7,\"destination\":{\"label\":\"top\",\"position\":{\"elevation\":{}}}}";

        RoutePlanned route = new RoutePlannedSerde().deserializer().deserialize("t", utf8(json));

        assertThat(route.destination())
                .contains(new Waypoint("top", new Position(0.0, 0.0, new Elevation(null, Optional.empty()))));
        assertThat(route.legs()).isEmpty();
        assertThat(route.firstLeg()).isNull();
    }

    /**
     * The one place where reading differs from Jackson on purpose: Jackson 3 reads a missing collection as {@code null},
     * which the {@code List.copyOf} of an event that gained it refuses, so its older messages could not be read. We
     * read it as empty; an explicit {@code null} stays {@code null}, as in Jackson, so every value round-trips.
     */
    @Test
    void aMissingCollectionIsEmptyWhereJacksonReadsNullAndAnExplicitNullStaysNull() {
        String missing = "{\"routeId\":7,\"name\":\"ridge\"}";
        String nulls = "{\"routeId\":7,\"name\":\"ridge\",\"legs\":null,\"landmarks\":null,"
                + "\"waypointsByName\":null,\"alternatives\":null}";

        RoutePlanned jacksons = WireContract.JACKSON.readValue(missing, RoutePlanned.class);

        assertThat(jacksons.legs()).isNull();
        assertThat(jacksons.landmarks()).isNull();
        assertThat(jacksons.waypointsByName()).isNull();
        assertThat(jacksons.alternatives()).isNull();
        assertThat(new RoutePlannedSerde().deserializer().deserialize("t", utf8(missing)))
                .isEqualTo(new RoutePlanned(
                        jacksons.routeId(),
                        jacksons.name(),
                        jacksons.firstLeg(),
                        List.of(),
                        jacksons.destination(),
                        Set.of(),
                        Map.of(),
                        Map.of()));
        assertThat(new RoutePlannedSerde().deserializer().deserialize("t", utf8(nulls)))
                .isEqualTo(WireContract.JACKSON.readValue(nulls, RoutePlanned.class))
                .isEqualTo(new RoutePlanned(7, "ridge", null, null, Optional.empty(), null, null, null));
    }

    @Test
    void unknownPropertiesOfARecordFiveDeepAreSkipped() {
        String json = "{\"routeId\":7,\"destination\":{\"label\":\"top\",\"unknown\":[{\"label\":1}],\"position\":"
                + "{\"latitude\":1.5,\"altitude\":{\"metres\":\"no\"},\"longitude\":-2.5,\"elevation\":"
                + "{\"metres\":8848.86,\"datum\":\"EGM96\",\"surveyedBy\":[\"a\",\"b\"]}}},\"legacy\":true}";

        RoutePlanned route = new RoutePlannedSerde().deserializer().deserialize("t", utf8(json));

        assertThat(route.destination())
                .contains(new Waypoint(
                        "top",
                        new Position(1.5, -2.5, new Elevation(new BigDecimal("8848.86"), Optional.of("EGM96")))));
        assertThat(route.routeId()).isEqualTo(7);
    }

    @Test
    void aWorkoutWrittenByJacksonIsReadBack() {
        WorkoutCompleted workout = new WorkoutCompleted(
                UUID.fromString("3f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10"),
                "u-1",
                WorkoutType.SWIM,
                OffsetDateTime.parse("2024-05-01T10:15:30.5+01:00"),
                Duration.ofMinutes(40),
                List.of(new Lap(1, new BigDecimal("0.050"), Duration.ofSeconds(61))),
                Optional.of("pool"));

        byte[] jacksons = WireContract.JACKSON.writeValueAsBytes(workout);

        assertThat(new WorkoutCompletedSerde().deserializer().deserialize("t", jacksons))
                .isEqualTo(workout);
    }

    private static WorkoutCompleted readWorkout(String laps) {
        return new WorkoutCompletedSerde().deserializer().deserialize("t", utf8(String.format(WORKOUT, laps)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
