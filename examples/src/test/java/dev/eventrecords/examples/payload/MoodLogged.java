package dev.eventrecords.examples.payload;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Carries a {@link Mood}, whose odd constants must not stop the codec from loading. */
@Event(topic = "payload.moods")
public record MoodLogged(@Key String id, Mood mood) {}
