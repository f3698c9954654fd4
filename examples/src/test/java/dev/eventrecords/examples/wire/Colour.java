package dev.eventrecords.examples.wire;

/** A plain enum for the wire tests. */
public enum Colour {
    RED,
    GREEN,
    BLUE
}
