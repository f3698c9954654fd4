package com.acme.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** The same derived getter kept off the wire with @JsonIgnore, as teams do once Jackson writes it. */
@Event(topic = "analytics.order-risk-assessed.v1")
public record OrderRiskAssessed(@Key String orderId, int score) {
    @JsonIgnore
    public boolean isRisky() {
        return score > 80;
    }
}
