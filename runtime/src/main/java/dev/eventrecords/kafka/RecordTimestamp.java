package dev.eventrecords.kafka;

import dev.eventrecords.EventTime;

/** How a binding's {@code record(event)} sets the Kafka record timestamp; generated bindings pass it. */
public enum RecordTimestamp {
    /** The timestamp is {@code null}, so the producer sets it; the event time travels in {@code ce_time}. */
    PRODUCER_TIME,
    /**
     * The event time, checked against the topic's retention and the broker's limit on future timestamps
     * ({@link EventTime#recordTimestamp()}).
     */
    EVENT_TIME
}
