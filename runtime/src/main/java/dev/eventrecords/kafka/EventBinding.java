package dev.eventrecords.kafka;

import dev.eventrecords.KeyExtractor;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;

/**
 * The {@link TopicBinding} that generated {@code XTopic} classes extend: they pass the names, serdes and readers that
 * the processor worked out, and this class does the rest.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <E> the event type
 */
public abstract class EventBinding<K, E> implements TopicBinding<K, E> {

    private final String topic;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private final Class<E> eventClass;
    private final Serde<K> keySerde;
    private final Serde<E> valueSerde;
    private final byte[] contentTypeBytes;
    private final KeyExtractor<E, K> keyExtractor;
    private final Function<E, Instant> eventTime;
    private final RecordTimestamp recordTimestamp;
    private final TopicSpec spec;

    /** How far ahead of the clock brokers accept a timestamp: Kafka's default {@code log.message.timestamp.after.max.ms}. */
    static final Duration MAX_AHEAD = Duration.ofHours(1);

    /**
     * Creates a binding whose records leave the timestamp to the producer ({@link RecordTimestamp#PRODUCER_TIME}).
     *
     * @param topic the topic name
     * @param eventType the logical type name
     * @param eventClass the event class
     * @param keySerde the key serde
     * @param valueSerde the value serde
     * @param keyExtractor the key extractor
     * @param eventTime reads when the event happened, or returns {@code null}
     * @param spec how the topic should be created; its topic is {@code topic}
     */
    protected EventBinding(
            String topic,
            String eventType,
            Class<E> eventClass,
            Serde<K> keySerde,
            Serde<E> valueSerde,
            KeyExtractor<E, K> keyExtractor,
            Function<E, Instant> eventTime,
            TopicSpec spec) {
        this(
                topic,
                eventType,
                eventClass,
                keySerde,
                valueSerde,
                keyExtractor,
                eventTime,
                RecordTimestamp.PRODUCER_TIME,
                spec);
    }

    /**
     * Creates a binding.
     *
     * @param topic the topic name
     * @param eventType the logical type name
     * @param eventClass the event class
     * @param keySerde the key serde
     * @param valueSerde the value serde
     * @param keyExtractor the key extractor
     * @param eventTime reads when the event happened, or returns {@code null}
     * @param recordTimestamp whether {@link #record} stamps records with the event time
     * @param spec how the topic should be created; its topic is {@code topic}
     */
    protected EventBinding(
            String topic,
            String eventType,
            Class<E> eventClass,
            Serde<K> keySerde,
            Serde<E> valueSerde,
            KeyExtractor<E, K> keyExtractor,
            Function<E, Instant> eventTime,
            RecordTimestamp recordTimestamp,
            TopicSpec spec) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.spec = Objects.requireNonNull(spec, "spec");
        if (!spec.topic().equals(topic)) {
            throw new IllegalArgumentException("spec of topic '" + spec.topic() + "' given for topic '" + topic + "'");
        }
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.eventTypeBytes = CloudEventHeaders.utf8(eventType);
        this.eventClass = Objects.requireNonNull(eventClass, "eventClass");
        this.keySerde = Objects.requireNonNull(keySerde, "keySerde");
        this.valueSerde = Objects.requireNonNull(valueSerde, "valueSerde");
        this.contentTypeBytes = CloudEventHeaders.utf8(
                valueSerde.serializer() instanceof EventSerializer<E> ours
                        ? ours.contentType()
                        : CloudEventHeaders.JSON);
        this.keyExtractor = Objects.requireNonNull(keyExtractor, "keyExtractor");
        this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
        this.recordTimestamp = Objects.requireNonNull(recordTimestamp, "recordTimestamp");
    }

    /**
     * Reads an event time that is not an {@code Instant}.
     *
     * @param time the time, may be {@code null}
     * @return the instant, or {@code null}
     */
    public static Instant instantOf(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * Reads an event time that is not an {@code Instant}.
     *
     * @param time the time, may be {@code null}
     * @return the instant, or {@code null}
     */
    public static Instant instantOf(ZonedDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * Reads nothing: for events without {@code @EventTime}.
     *
     * @param event ignored
     * @param <E> the event type
     * @return {@code null}
     */
    public static <E> Instant noEventTime(E event) {
        return null;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final String eventType() {
        return eventType;
    }

    @Override
    public final Class<E> eventClass() {
        return eventClass;
    }

    @Override
    public final Serde<K> keySerde() {
        return keySerde;
    }

    @Override
    public final Serde<E> valueSerde() {
        return valueSerde;
    }

    @Override
    public final KeyExtractor<E, K> keyExtractor() {
        return keyExtractor;
    }

    @Override
    public final ProducerRecord<K, E> record(E event) {
        Objects.requireNonNull(event, "event");
        Instant time = eventTime.apply(event);
        Long timestamp = time != null && recordTimestamp(event) == RecordTimestamp.EVENT_TIME
                ? checkedTimestamp(event, time, Instant.now())
                : null;
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, event, ceType(event), topic, time, contentType(event));
        return new ProducerRecord<>(topic, null, timestamp, keyExtractor.key(event), event, headers);
    }

    /**
     * How {@link #record} sets the timestamp of one event: as this binding was created. A family binding answers with
     * the member's choice.
     *
     * @param event the event
     * @return the choice
     */
    protected RecordTimestamp recordTimestamp(E event) {
        return recordTimestamp;
    }

    /** The event time as a record timestamp the broker keeps: within the spec's retention, at most an hour ahead. */
    private long checkedTimestamp(E event, Instant time, Instant now) {
        String name = "'" + event.getClass().getSimpleName() + "' (type '" + ceTypeName(event) + "')";
        if (time.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException(name + " has event time " + time
                    + ", before 1970-01-01T00:00:00Z, which a Kafka record timestamp cannot hold");
        }
        Instant latest = now.plus(MAX_AHEAD);
        if (time.isAfter(latest)) {
            throw new IllegalArgumentException(name + " has event time " + time + ", more than " + MAX_AHEAD.toHours()
                    + " hour ahead of the clock (limit " + latest + "): brokers refuse such a record timestamp"
                    + " (log.message.timestamp.after.max.ms); leave the timestamp to the producer, or correct the"
                    + " clock that made the event");
        }
        boolean deletes = spec.cleanupPolicy().map(p -> p.contains("delete")).orElse(true);
        if (deletes && spec.retention().isPresent()) {
            Instant earliest = now.minus(spec.retention().get());
            if (time.isBefore(earliest)) {
                throw new IllegalArgumentException(name + " has event time " + time + ", older than topic '" + topic
                        + "' keeps records (retention "
                        + readable(spec.retention().get()) + ", limit " + earliest
                        + "): the broker would delete the acknowledged record at its next retention check; leave the"
                        + " record timestamp to the producer (@EventTime without recordTimestamp), as ce_time and the"
                        + " value keep the event time");
            }
        }
        return time.toEpochMilli();
    }

    private static String readable(Duration retention) {
        long days = retention.toDays();
        return days > 0 && retention.equals(Duration.ofDays(days))
                ? days + (days == 1 ? " day" : " days")
                : retention.toString();
    }

    private String ceTypeName(E event) {
        return new String(ceType(event), StandardCharsets.UTF_8);
    }

    /**
     * The {@code ce_type} of one event: this binding's type. A family binding answers with the member's type.
     *
     * @param event the event
     * @return the type as UTF-8 bytes
     */
    protected byte[] ceType(E event) {
        return eventTypeBytes;
    }

    /**
     * The {@code content-type} of one event's value: the value serializer's format. A family binding answers with the
     * member's format.
     *
     * @param event the event
     * @return the media type as UTF-8 bytes
     */
    protected byte[] contentType(E event) {
        return contentTypeBytes;
    }

    @Override
    public NewTopic newTopic(int partitions, short replicationFactor) {
        return new NewTopic(topic, partitions, replicationFactor).configs(spec.configs());
    }

    @Override
    public final TopicSpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[topic=" + topic + ", type=" + eventType + "]";
    }
}
