package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** The refunded lines and amount, keyed by the wrapped order id. */
@Event(topic = "orders.order-refunded.v1")
public record OrderRefunded(@Key OrderId orderId, Money amount, List<OrderLine> refundedLines, String reason) {
    public OrderRefunded {
        refundedLines = List.copyOf(refundedLines);
    }
}
