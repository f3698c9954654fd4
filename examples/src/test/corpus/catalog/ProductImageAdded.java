package com.acme.catalog;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.net.URI;

/** An enum with a @JsonValue accessor; a URI. */
@Event(topic = "catalog.product-image-added.v1")
public record ProductImageAdded(@Key String sku, URI url, ImageKind kind, int position) {}
