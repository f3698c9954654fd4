package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;
import java.util.Optional;

/** Components named as a reader's locals often are: index, next. */
@Event(topic = "analytics.page-viewed.v1")
public record PageViewed(
        @Key String sessionId, int index, Optional<String> next, String referrer, Map<String, String> utm) {
    public PageViewed {
        utm = Map.copyOf(utm);
    }
}
