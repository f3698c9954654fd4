package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;

/** A metric: a value, tags, and a component named e (the base of a logarithmic scale). */
@Event(topic = "analytics.metric-observed.v1")
public record MetricObserved(@Key String name, double value, Map<String, String> tags, double e) {
    public MetricObserved {
        tags = Map.copyOf(tags);
    }
}
