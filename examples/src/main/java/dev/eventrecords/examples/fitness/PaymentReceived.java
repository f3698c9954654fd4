package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A membership fee was paid. Its properties are in snake_case, and its payment is one of the variants of
 * {@link Payment}, with its type id: {@code {"membership_id":"m-1","received_at":"...","amount":19.90,
 * "payment":{"method":"cash","received_by":"Zoë"}}}.
 */
@Event(topic = "fitness.payments")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentReceived(
        @Key String membershipId, @EventTime Instant receivedAt, BigDecimal amount, Payment payment) {}
