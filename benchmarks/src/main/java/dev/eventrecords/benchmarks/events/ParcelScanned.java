package dev.eventrecords.benchmarks.events;

import dev.eventrecords.Event;
import dev.eventrecords.EventFormat;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Avro shape: a parcel scanned at a depot, as Avro users write events (required strings and an enum, numbers, a
 * list of records, one optional note). Its schema ({@code ParcelScannedSerde.AVRO_SCHEMA}) is the one
 * {@code src/main/avro/ParcelScanned.avsc} holds for {@code avro-maven-plugin}, under another namespace.
 */
@Event(topic = "bench.parcels", format = EventFormat.AVRO)
public record ParcelScanned(
        @Key String parcelId,
        @EventTime Instant scannedAt,
        String depot,
        int pieces,
        long grams,
        double fee,
        boolean fragile,
        ScanKind kind,
        List<ScanLine> lines,
        Optional<String> note) {

    public ParcelScanned {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(depot, "depot");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** What the scan saw. */
    public enum ScanKind {
        ARRIVED,
        DEPARTED,
        DELIVERED
    }

    /** One line of the parcel's contents. */
    public record ScanLine(String sku, int quantity, long grams) {
        public ScanLine {
            Objects.requireNonNull(sku, "sku");
        }
    }
}
