package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.OptionalDouble;

/** Primitive doubles and floats at their edges, an OptionalDouble. */
@Event(topic = "telemetry.sensor-reading-recorded.v1")
public record SensorReadingRecorded(
        @Key String sensorId, double value, float quality, OptionalDouble batteryVolts, @EventTime Instant measuredAt) {}
