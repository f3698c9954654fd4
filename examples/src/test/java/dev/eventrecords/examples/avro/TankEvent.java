package dev.eventrecords.examples.avro;

import dev.eventrecords.EventFamily;
import dev.eventrecords.EventFormat;

/** An Avro family: a tank's events on one topic, one key, each member's schema registered under topic and record. */
@EventFamily(topic = "avro.tanks", format = EventFormat.AVRO)
public sealed interface TankEvent permits TankFilled, TankDrained {}
