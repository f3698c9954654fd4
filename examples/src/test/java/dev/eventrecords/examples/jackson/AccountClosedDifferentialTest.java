package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonIgnoreProperties}: names written but not read ({@code allowGetters}). */
class AccountClosedDifferentialTest extends JacksonDifferential<AccountClosed> {

    @Override
    Serde<AccountClosed> serde() {
        return new AccountClosedSerde();
    }

    @Override
    Class<AccountClosed> eventClass() {
        return AccountClosed.class;
    }

    @Override
    AccountClosed randomEvent(EdgeCaseRandom r) {
        return new AccountClosed(
                r.orNull(r::nextString), r.orNull(r::nextString), r.orNull(r::nextString), r.nextInt(), r.nextLong());
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }
}
