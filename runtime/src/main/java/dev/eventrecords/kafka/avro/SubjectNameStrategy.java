package dev.eventrecords.kafka.avro;

import java.util.Locale;
import java.util.Optional;

/**
 * How a serializer names the registry subject a value's schema is registered under, as Confluent's strategies of the
 * same names do ({@code key.subject.name.strategy}, {@code value.subject.name.strategy}).
 */
public enum SubjectNameStrategy {
    /** {@code <topic>-key} or {@code <topic>-value}: one schema, evolving, per topic. Confluent's default. */
    TOPIC("io.confluent.kafka.serializers.subject.TopicNameStrategy"),
    /** The record's full name: one schema per record type, whatever topic carries it. */
    RECORD("io.confluent.kafka.serializers.subject.RecordNameStrategy"),
    /** {@code <topic>-<record full name>}: several record types per topic, each evolving apart. */
    TOPIC_RECORD("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");

    private final String confluentClass;

    SubjectNameStrategy(String confluentClass) {
        this.confluentClass = confluentClass;
    }

    /** The class name Confluent's serializers are configured with for this strategy. */
    public String confluentClass() {
        return confluentClass;
    }

    /**
     * The subject of a value.
     *
     * @param topic the topic written to
     * @param recordFullName the full name of the value's Avro record
     * @param key whether the value is the record key
     */
    public String subject(String topic, String recordFullName, boolean key) {
        return switch (this) {
            case TOPIC -> topic + (key ? "-key" : "-value");
            case RECORD -> recordFullName;
            case TOPIC_RECORD -> topic + "-" + recordFullName;
        };
    }

    /**
     * The strategy a configuration value names: Confluent's class name ({@code
     * io.confluent.kafka.serializers.subject.TopicNameStrategy}, or its simple name) or this enum's name in any case,
     * with {@code -} for {@code _} ({@code topic-record}).
     */
    public static Optional<SubjectNameStrategy> parse(String value) {
        String text = value.trim();
        for (SubjectNameStrategy strategy : values()) {
            String simple = strategy.confluentClass.substring(strategy.confluentClass.lastIndexOf('.') + 1);
            if (text.equals(strategy.confluentClass)
                    || text.equals(simple)
                    || text.toUpperCase(Locale.ROOT).replace('-', '_').equals(strategy.name())) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }
}
