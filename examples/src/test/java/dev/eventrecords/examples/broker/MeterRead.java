package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;

/** Keyed by a {@code long}, with no event time: the producer stamps it. */
@Event(topic = "broker.meters")
public record MeterRead(@Key long meterId, BigDecimal kilowattHours) {}
