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
}
