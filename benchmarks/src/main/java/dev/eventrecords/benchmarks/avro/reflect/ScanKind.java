package dev.eventrecords.benchmarks.avro.reflect;

/** What the scan saw, for the reflect path. */
public enum ScanKind {
    ARRIVED,
    DEPARTED,
    DELIVERED
}
