package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;

/** An enum written by its overridden toString(), BigDecimals. */
@Event(topic = "telemetry.threshold-exceeded.v1")
public record ThresholdExceeded(
        @Key String sensorId,
        String metric,
        BigDecimal threshold,
        BigDecimal observed,
        Severity severity,
        @EventTime Instant detectedAt) {}
