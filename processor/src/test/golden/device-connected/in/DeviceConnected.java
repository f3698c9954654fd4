package com.acme.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

@Event(topic = "fitness.devices")
public record DeviceConnected(@Key String deviceId, String userId,
                              @EventTime Instant connectedAt, String firmware) {}
