package dev.eventrecords.examples.payload;

/** The unit of a reading. */
public enum Unit {
    CELSIUS,
    KELVIN
}
