package dev.eventrecords;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that becomes the Kafka record key, and so decides the partition and the ordering of the
 * event: usually the id of the entity the event is about.
 *
 * <p>At most one component of an {@link Event} may carry it. Its type picks the key serde: {@code String},
 * {@code UUID}, {@code long}/{@code Long} and {@code int}/{@code Integer} use Kafka's own serdes; a record uses
 * generated JSON. An event without a key is published with a {@code null} key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {}
