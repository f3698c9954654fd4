package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The event of issue 17 without its value wrapper: a renamed key, a component kept off the wire, renamed enum
 * constants, aliases for a renamed component, and both {@code access} directions.
 */
@Event(topic = "jackson.orders")
public record OrderPlaced(
        @Key @JsonProperty("order_id") String orderId,
        @JsonIgnore String secret,
        OrderStatus status,
        @JsonProperty("total_cents") long totalCents,
        @JsonAlias({"sku_code", "code"}) String sku,

        @JsonProperty(value = "computed_total", access = JsonProperty.Access.READ_ONLY)
        String computedTotal,

        @JsonProperty(value = "coupon", access = JsonProperty.Access.WRITE_ONLY)
        String couponCode,

        @JsonIgnore(false) @JsonProperty(access = JsonProperty.Access.READ_WRITE)
        boolean gift,

        @JsonIgnore int attempts,

        @EventTime @JsonProperty("placed_at") @JsonAlias("placedOn")
        Instant placedAt,

        @JsonProperty("") UUID customer,
        List<OrderStatus> history) {

    public OrderPlaced {
        history = history == null ? null : List.copyOf(history);
    }
}
