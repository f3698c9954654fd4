package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonIgnoreProperties}: names ignored both ways. */
class AccountOpenedDifferentialTest extends JacksonDifferential<AccountOpened> {

    @Override
    Serde<AccountOpened> serde() {
        return new AccountOpenedSerde();
    }

    @Override
    Class<AccountOpened> eventClass() {
        return AccountOpened.class;
    }

    @Override
    AccountOpened randomEvent(EdgeCaseRandom r) {
        return new AccountOpened(
                r.orNull(r::nextString), r.orNull(r::nextString), r.orNull(r::nextString), r.nextInt(), r.nextLong());
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }
}
