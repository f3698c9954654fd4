package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sealed interface whose permitted subtypes are {@link Event} records that share one topic, so that their
 * relative order is kept: {@code DeviceConnected}, {@code HeartRateRecorded} and {@code DeviceDisconnected} of one
 * device on one partition.
 *
 * <p>The processor generates {@code FamilyTopic}, a {@link TopicBinding} for the whole family whose value serde writes
 * each member with the member's own serde and reads by the {@code ce_type} header, dispatching over the closed set of
 * members known at compile time: no class is ever loaded by a name read from a header. It is a compile error when a
 * permitted subtype is not an {@code @Event} record, when members have different key types, when a member's topic
 * differs from the family's, or when two members share a type name. Members keep their own bindings too.
 *
 * <pre>{@code
 * @EventFamily(topic = "fitness.devices", partitions = 6)
 * public sealed interface DeviceEvent permits DeviceConnected, HeartRateRecorded, DeviceDisconnected {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventFamily {

    /**
     * The topic all members are published to. Empty means the interface's simple name in kebab-case. A member that
     * names no topic of its own takes this one.
     *
     * @return the topic name, or empty for the default
     */
    String topic() default "";

    /**
     * The number of partitions to create the topic with; {@code -1} leaves it to the broker.
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
     * How long the topic keeps records, as an ISO-8601 duration ({@code P7D}); empty leaves it to the broker.
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
     * makes Avro the format of every family that sets none. Every member is written in its family's format; a member that sets another is a compile error.
     *
     * @return the format
     */
    EventFormat format() default EventFormat.JSON;
}
