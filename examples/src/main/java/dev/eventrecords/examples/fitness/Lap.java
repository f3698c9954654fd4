package dev.eventrecords.examples.fitness;

import java.math.BigDecimal;
import java.time.Duration;

/** One lap of a workout; a plain record, carried inside events without needing {@code @Event}. */
public record Lap(int number, BigDecimal distanceKm, Duration time) {}
