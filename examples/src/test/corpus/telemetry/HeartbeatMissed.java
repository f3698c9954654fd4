package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Small primitives: a long epoch, a short counter, a byte, a char. */
@Event(topic = "telemetry.heartbeat-missed.v1")
public record HeartbeatMissed(@Key String deviceId, long lastSeenEpochMillis, short missedCount, byte signalBars, char band) {}
