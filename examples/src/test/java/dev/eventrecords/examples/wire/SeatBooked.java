package dev.eventrecords.examples.wire;

import static java.util.Objects.requireNonNull;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A constructor that refuses {@code null} in each way the schema reads: {@code Objects.requireNonNull}, a static
 * import of it, {@code if (x == null) throw}, and {@code List.copyOf}. Those components are not nullable in its
 * schema, and the first three are required: absent, they read as {@code null}, which the constructor refuses.
 */
@Event(topic = "wire.seats")
public record SeatBooked(
        @Key String seatId,
        Holder holder,
        Tier tier,
        String row,
        Optional<String> note,
        List<Holder> guests,
        int price) {

    public SeatBooked {
        Objects.requireNonNull(seatId, "seatId");
        requireNonNull(holder, "holder");
        if (tier == null) {
            throw new IllegalArgumentException("a seat is booked in a tier");
        }
        guests = List.copyOf(guests);
    }

    /** Who holds the seat. */
    public record Holder(String name, String email) {
        public Holder {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The price tier. */
    public enum Tier {
        STALLS,
        CIRCLE,
        BOX
    }
}
