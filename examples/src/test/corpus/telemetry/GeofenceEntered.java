package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.OffsetTime;

/** A nested point with a boxed Double, an OffsetTime. */
@Event(topic = "telemetry.geofence-entered.v1")
public record GeofenceEntered(@Key String deviceId, String fenceId, GeoPoint position, OffsetTime localTime) {}
