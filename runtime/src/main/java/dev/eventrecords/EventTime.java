package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that says when the event happened. Its value is written to the {@code ce_time} header
 * and stays in the value, where consumers that depend on it read it.
 *
 * <p>By default the Kafka record timestamp is left to the producer (the time of sending): the broker deletes records
 * by their timestamp, so an event time older than the topic's retention would get acknowledged records deleted at the
 * next retention check, and brokers refuse timestamps more than an hour ahead
 * ({@code log.message.timestamp.after.max.ms}). {@link #recordTimestamp()} opts in to the event time as the record
 * timestamp, for stream processing by event time.
 *
 * <p>At most one component may carry it, of type {@link java.time.Instant}, {@link java.time.OffsetDateTime} or
 * {@link java.time.ZonedDateTime}. When its value is {@code null}, {@code ce_time} and the record timestamp are the
 * producer's time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface EventTime {

    /**
     * Whether {@link TopicBinding#record} uses the event time as the Kafka record timestamp. Then it refuses, with an
     * {@link IllegalArgumentException}, an event time older than the topic spec's retention (when the spec sets one
     * and its cleanup policy deletes) or more than one hour ahead of the clock, since the broker would delete or refuse
     * such a record.
     *
     * @return {@code true} to stamp records with the event time; {@code false} (the default) to leave the timestamp
     *     to the producer
     */
    boolean recordTimestamp() default false;
}
