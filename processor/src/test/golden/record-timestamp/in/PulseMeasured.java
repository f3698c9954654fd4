package com.acme.health;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.ZonedDateTime;

@Event(topic = "health.pulses", type = "com.acme.health.pulse-measured", retention = "P30D")
public record PulseMeasured(@Key long patientId, @EventTime(recordTimestamp = true) ZonedDateTime measuredAt,
                            int beatsPerMinute) {}
