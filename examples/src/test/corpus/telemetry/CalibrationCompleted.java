package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A raw byte[] sample, as much IoT code carries it. */
@Event(topic = "telemetry.calibration-completed.v1")
public record CalibrationCompleted(@Key String deviceId, double offset, byte[] rawSample) {}
