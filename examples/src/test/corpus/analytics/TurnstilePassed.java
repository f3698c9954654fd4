package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** Counters named in and out, as gate controllers report them. */
@Event(topic = "analytics.turnstile-passed.v1")
public record TurnstilePassed(@Key String gateId, int in, int out, Instant at) {}
