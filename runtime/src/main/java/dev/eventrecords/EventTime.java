package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that says when the event happened. Its value becomes the Kafka record timestamp and the
 * {@code ce_time} header, and stays in the value too.
 *
 * <p>At most one component may carry it, of type {@link java.time.Instant}, {@link java.time.OffsetDateTime} or
 * {@link java.time.ZonedDateTime}. Without it (or when its value is {@code null}) the producer's clock sets the
 * timestamp.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface EventTime {}
