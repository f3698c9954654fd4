package com.acme.notifications;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;
import java.util.Set;

/** An Optional polymorphic value and a set of enums. */
@Event(topic = "notifications.digest-scheduled.v1")
public record DigestScheduled(@Key String userId, Optional<Content> preview, Set<Frequency> frequencies) {
    public DigestScheduled {
        frequencies = Set.copyOf(frequencies);
    }
}
