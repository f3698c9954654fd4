package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** snake_case of names with acronyms, as Java code has them: orderID, httpURL, ipV4Count. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Event(topic = "analytics.order-tagged.v1")
public record OrderTagged(@Key String orderID, String httpURL, int ipV4Count, String tagName, boolean isGift) {}
