package com.acme.storefront;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** snake_case with one explicit override, an explicit order, a set of records, and a read-only score. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"rating", "review_id"})
@Event(topic = "storefront.review-submitted.v1")
public record ReviewSubmitted(
        @Key String reviewId,
        @JsonProperty("stars") int rating,
        Set<ProductRef> reviewedProducts,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) double helpfulnessScore,
        Instant submittedAt) {
    public ReviewSubmitted {
        reviewedProducts = Set.copyOf(reviewedProducts);
    }
}
