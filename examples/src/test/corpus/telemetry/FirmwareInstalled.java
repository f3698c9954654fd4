package com.acme.telemetry;

import dev.eventrecords.Bytes;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.OptionalInt;

/** An OptionalInt and immutable bytes (base64). */
@Event(topic = "telemetry.firmware-installed.v1")
public record FirmwareInstalled(@Key String deviceId, String version, OptionalInt previousBuild, Bytes sha256) {}
