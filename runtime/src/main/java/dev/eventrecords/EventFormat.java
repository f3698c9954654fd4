package dev.eventrecords;

/**
 * How an event's value is written into its Kafka records: the choice of {@link Event#format()} and {@link
 * EventFamily#format()}. Keys, headers, topic bindings, families and dead letters work the same for both.
 */
public enum EventFormat {
    /**
     * UTF-8 JSON, byte-for-byte what Jackson's default {@code JsonMapper} writes; {@code content-type:
     * application/json}. Needs nothing else.
     */
    JSON,
    /**
     * Avro's binary encoding through a Confluent-compatible schema registry (a magic byte, the schema's 4-byte id, the
     * value), with the schema derived from the record at compile time and written to {@code
     * META-INF/eventrecords/avro/<event type>.avsc}; {@code content-type: application/avro}. The clients need {@code
     * schema.registry.url}.
     */
    AVRO
}
