package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;

/** A derived boolean getter, as DDD code writes them: Jackson writes it as a property "highValue". */
@Event(topic = "analytics.order-value-assessed.v1")
public record OrderValueAssessed(@Key String orderId, BigDecimal total) {
    public boolean isHighValue() {
        return total != null && total.compareTo(BigDecimal.valueOf(1000)) > 0;
    }
}
