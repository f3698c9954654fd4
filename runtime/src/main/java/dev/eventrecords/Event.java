package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a Kafka event.
 *
 * <p>At compile time the eventrecords processor checks the record (its name is in the past tense, it cannot change
 * after it was created, every component can be carried as JSON) and fails the build with a positioned error when a
 * check fails. For a valid record {@code X} it generates, in the same package, {@code XSerde} (a Kafka {@code Serde}),
 * {@code XKeyExtractor} and {@code XTopic} (a {@link TopicBinding}), and lists the binding for {@link EventCatalog}.
 *
 * <pre>{@code
 * @Event(topic = "fitness.devices")
 * public record DeviceConnected(@Key String deviceId, String userId, @EventTime Instant connectedAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Event {

    /**
     * The Kafka topic the event is published to. Empty means the record's simple name in kebab-case:
     * {@code DeviceConnected} is published to {@code device-connected}. A name Kafka would refuse is a compile error.
     *
     * @return the topic name, or empty for the default
     */
    String topic() default "";

    /**
     * The event's logical type name, written to the {@code ce_type} header. Empty means the record's canonical name.
     * Keep it stable: consumers use it to tell events apart, and renaming the class must not change it.
     *
     * @return the logical type name, or empty for the default
     */
    String type() default "";

    /**
     * The number of partitions to create the topic with; {@code -1} leaves it to the broker. An event in an
     * {@link EventFamily} takes its family's value unless it sets the same one.
     *
     * @return the partition count, or {@code -1}
     */
    int partitions() default -1;

    /**
     * The replication factor to create the topic with; {@code -1} leaves it to the broker.
     *
     * @return the replication factor, or {@code -1}
     */
    int replicationFactor() default -1;

    /**
     * How long the topic keeps records, as an ISO-8601 duration ({@code P7D}, {@code PT12H}); empty leaves it to the
     * broker. Becomes the topic's {@code retention.ms}.
     *
     * @return the retention, or empty
     */
    String retention() default "";

    /**
     * The topic's {@code cleanup.policy}: {@code delete}, {@code compact} or {@code compact,delete}; empty leaves it
     * to the broker.
     *
     * @return the cleanup policy, or empty
     */
    String cleanupPolicy() default "";

    /**
     * How the value is written: {@link EventFormat#JSON} (the default), or {@link EventFormat#AVRO} through a schema
     * registry. Left unset, the compilation's default applies: the processor option {@code -Aeventrecords.format=avro}
     * makes Avro the format of every event that sets none.
     *
     * @return the format
     */
    EventFormat format() default EventFormat.JSON;
}
