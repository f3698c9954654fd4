package dev.eventrecords.kafka;

import org.apache.kafka.common.header.Headers;

/**
 * Where an event handed to an {@link EventHandler} was read from. Built by {@link EventConsumer} for each record.
 *
 * @param topic the topic the record was read from
 * @param partition the record's partition
 * @param offset the record's offset in its partition
 * @param key the record's key, read with the event binding's key serde ({@code String}, {@code Long}, a key record,
 *     ...); {@code null} for an event without a key
 * @param headers the record's headers, the CloudEvents headers ({@code ce_type}, {@code ce_id}, ...) included; the
 *     record's own, so a handler must not change them
 * @param timestamp the record's timestamp, in milliseconds since the epoch (the producer's time unless the event opts
 *     in to its event time)
 * @param eventType the event's logical type, as in its {@code ce_type} header
 */
public record EventMetadata(
        String topic, int partition, long offset, Object key, Headers headers, long timestamp, String eventType) {}
