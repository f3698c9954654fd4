package dev.eventrecords.benchmarks.avro.reflect;

/** One line of the contents, for the reflect path. */
public final class ScanLine {
    public String sku;
    public int quantity;
    public long grams;
}
