package com.acme.storefront;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.util.Optional;

/** The REST-style annotations: ignoreUnknown, NON_ABSENT, and a required property. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Event(topic = "storefront.cart-checked-out.v1")
public record CartCheckedOut(
        @Key @JsonProperty(value = "cart_id", required = true) String cartId,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> couponCode,
        BigDecimal subtotal) {}
