package com.acme.storefront;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A nested record flattened into the event with @JsonUnwrapped. */
@Event(topic = "storefront.wishlist-item-added.v1")
public record WishlistItemAdded(@Key String wishlistId, @JsonUnwrapped ProductRef product, int priority) {}
