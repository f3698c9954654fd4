package dev.eventrecords.examples.payload;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One field of every kind, so that each kind can be fed the wrong JSON. */
@Event(topic = "payload.readings")
public record ReadingTaken(
        @Key String sensorId,
        int count,
        byte level,
        short code,
        long total,
        boolean valid,
        char grade,
        double value,
        float ratio,
        String label,
        Unit unit,
        Instant takenAt,
        UUID batch,
        BigDecimal amount,
        BigInteger big,
        List<Integer> samples,
        Map<String, Integer> tallies,
        Optional<String> note,
        Calibration calibration) {

    public ReadingTaken {
        samples = samples == null ? null : Collections.unmodifiableList(new ArrayList<>(samples));
        tallies = tallies == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }

    /** How the sensor was calibrated. */
    public record Calibration(String by, Probe probe) {}

    /** The probe used; its constructor rejects a negative serial. */
    public record Probe(int serial, String model) {
        public Probe {
            if (serial < 0) {
                throw new IllegalArgumentException("serial " + serial + " is negative");
            }
        }
    }
}
