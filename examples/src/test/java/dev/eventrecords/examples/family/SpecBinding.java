package dev.eventrecords.examples.family;

import dev.eventrecords.TopicSpec;
import dev.eventrecords.kafka.EventBinding;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A binding of the generated {@code ParcelMoved} serde to any topic spec, so that topic tests can give bindings that
 * disagree or topics of their own without declaring an event for each.
 */
final class SpecBinding extends EventBinding<String, ParcelMoved> {

    SpecBinding(TopicSpec spec) {
        super(
                spec.topic(),
                ParcelMovedSerde.EVENT_TYPE,
                ParcelMoved.class,
                Serdes.String(),
                new ParcelMovedSerde(),
                new ParcelMovedKeyExtractor(),
                ParcelMoved::at,
                spec);
    }

    static SpecBinding of(String topic, int partitions, int replicationFactor, String retention, String policy) {
        return new SpecBinding(TopicSpec.of(topic, partitions, replicationFactor, retention, policy));
    }
}
