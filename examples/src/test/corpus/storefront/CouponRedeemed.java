package com.acme.storefront;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** A long id written as a string for JavaScript clients, with @JsonSerialize(using = ToStringSerializer.class). */
@Event(topic = "storefront.coupon-redeemed.v1")
public record CouponRedeemed(
        @Key String customerId, @JsonSerialize(using = ToStringSerializer.class) long couponId, String orderId) {}
