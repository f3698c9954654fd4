package dev.eventrecords.kafka;

import dev.eventrecords.KeyExtractor;
import dev.eventrecords.TopicSpec;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * The {@code TopicBinding} of an {@code @EventFamily} that generated {@code FamilyTopic} classes extend:
 * {@link #record} works for every member, with the member's {@code ce_type}, key and event time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the key type all members share
 * @param <F> the family
 */
public abstract class FamilyBinding<K, F> extends EventBinding<K, F> {

    private final FamilyMembers<F> members;

    /**
     * Creates a family binding.
     *
     * @param topic the topic all members share
     * @param familyType the family's name, {@link #eventType()}
     * @param familyClass the sealed interface
     * @param keySerde the key serde all members share
     * @param valueSerde the family serde
     * @param keyExtractor reads the key of every member
     * @param members every member, each once
     * @param spec how the topic should be created
     */
    protected FamilyBinding(
            String topic,
            String familyType,
            Class<F> familyClass,
            Serde<K> keySerde,
            Serde<F> valueSerde,
            KeyExtractor<F, K> keyExtractor,
            List<FamilyMember<F>> members,
            TopicSpec spec) {
        this(
                topic,
                familyType,
                familyClass,
                keySerde,
                valueSerde,
                keyExtractor,
                spec,
                new FamilyMembers<>(familyType, members));
    }

    private FamilyBinding(
            String topic,
            String familyType,
            Class<F> familyClass,
            Serde<K> keySerde,
            Serde<F> valueSerde,
            KeyExtractor<F, K> keyExtractor,
            TopicSpec spec,
            FamilyMembers<F> members) {
        super(
                topic,
                familyType,
                familyClass,
                keySerde,
                valueSerde,
                keyExtractor,
                event -> members.of(event).eventTime(event),
                RecordTimestamp.PRODUCER_TIME,
                spec);
        this.members = members;
    }

    @Override
    protected RecordTimestamp recordTimestamp(F event) {
        return members.of(event).recordTimestamp();
    }

    @Override
    protected byte[] ceType(F event) {
        return members.of(event).eventTypeBytes();
    }

    @Override
    protected byte[] contentType(F event) {
        return members.of(event).contentTypeBytes();
    }
}
