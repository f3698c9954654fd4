package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * {@code @JsonFormat(pattern = ..., lenient = FALSE)}: patterns resolved strictly ({@code 31/02/2026} refused), blank
 * texts refused except for the types Jackson reads with its {@code InstantDeserializer}, epoch days refused for a
 * {@code LocalDate}; {@code lenient = TRUE}, Jackson's default, changes nothing.
 */
class ShipmentDelayedDifferentialTest extends JacksonDifferential<ShipmentDelayed> {

    /** The last second of 9999. */
    private static final long BOUND = 253_402_300_799L;

    @Override
    Serde<ShipmentDelayed> serde() {
        return new ShipmentDelayedSerde();
    }

    @Override
    Class<ShipmentDelayed> eventClass() {
        return ShipmentDelayed.class;
    }

    @Override
    ShipmentDelayed randomEvent(EdgeCaseRandom r) {
        return new ShipmentDelayed(
                r.orNull(r::nextString),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalTime),
                r.orNull(r::nextOffsetDateTime),
                r.orNull(() -> Instant.ofEpochSecond(
                        Math.floorMod(r.nextLong(), 2 * BOUND) - BOUND, r.nextInt(1_000_000_000))),
                r.orNull(r::nextZonedDateTime),
                r.orNull(() ->
                        OffsetTime.of(r.nextLocalTime(), r.nextOffsetDateTime().getOffset())),
                r.orNull(r::nextYearMonth),
                r.orNull(() -> MonthDay.from(r.nextLocalDate())),
                r.orNull(r::nextYear),
                r.orNull(() -> r.list(r::nextLocalDate)));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"03/12/2026\"",
                "\"31/02/2026\"",
                "\"29/02/2024\"",
                "\"2026-12-03 10:15\"",
                "\"2026-02-30 10:15\"",
                "\"24:00\"",
                "\"23:59\"",
                "\"10:15+02:00\"",
                "\"13/2026\"",
                "\"12/2026\"",
                "\"30.02\"",
                "\"29.02\"",
                "\"2026\"",
                "\"-0001\"",
                "20790",
                "[2026,12,3]",
                "[2026,12,3,10,15]",
                "[10,15]",
                "[2026,12]",
                "[12,3]",
                "[10,15,\"Z\"]");
    }
}
