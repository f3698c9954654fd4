package dev.eventrecords.benchmarks.avro.reflect;

import java.time.Instant;
import java.util.List;

/**
 * The Avro shape as Apache Avro's reflect path wants it: a plain class whose fields are named as the schema's, read and
 * written through {@code ReflectData} by reflection (no record: reflect instantiates, then sets fields).
 */
public final class ParcelScanned {
    public String parcelId;
    public Instant scannedAt;
    public String depot;
    public int pieces;
    public long grams;
    public double fee;
    public boolean fragile;
    public ScanKind kind;
    public List<ScanLine> lines;
    public String note;
}
