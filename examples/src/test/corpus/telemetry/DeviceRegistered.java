package com.acme.telemetry;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** JDK value types: URI, Locale, ZoneOffset; a map of labels. */
@Event(topic = "telemetry.device-registered.v1")
public record DeviceRegistered(
        @Key String deviceId, URI firmwareUrl, Locale locale, ZoneOffset utcOffset, Map<String, String> labels) {
    public DeviceRegistered {
        labels = Map.copyOf(labels);
    }
}
