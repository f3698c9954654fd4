package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonIgnoreProperties}: names read but not written ({@code allowSetters}). */
class AccountFrozenDifferentialTest extends JacksonDifferential<AccountFrozen> {

    @Override
    Serde<AccountFrozen> serde() {
        return new AccountFrozenSerde();
    }

    @Override
    Class<AccountFrozen> eventClass() {
        return AccountFrozen.class;
    }

    @Override
    AccountFrozen randomEvent(EdgeCaseRandom r) {
        return new AccountFrozen(
                r.orNull(r::nextString), r.orNull(r::nextString), r.orNull(r::nextString), r.nextInt(), r.nextLong());
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }
}
