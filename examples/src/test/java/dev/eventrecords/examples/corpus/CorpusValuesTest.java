package dev.eventrecords.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The random values of the corpus reach the shapes that the processor refuses today and will accept later: sealed
 * hierarchies, value classes built through their creators, generic records, library types. Without this, the corpus
 * test would first exercise them on the day a feature lands.
 */
class CorpusValuesTest {

    sealed interface Content permits Plain, Rich {}

    record Plain(String text) implements Content {}

    sealed interface Rich extends Content permits Html, Markdown {}

    record Html(String html) implements Rich {}

    record Markdown(String source) implements Rich {}

    /** A value class read through a @JsonCreator constructor. */
    static final class Amount {
        private final BigDecimal value;
        private final String currency;

        @JsonCreator
        Amount(@JsonProperty("value") BigDecimal value, @JsonProperty("currency") String currency) {
            this.value = Objects.requireNonNull(value);
            this.currency = currency;
        }
    }

    /** A single-value class read through a @JsonCreator factory. */
    static final class Code {
        private final String value;

        private Code(String value) {
            this.value = value;
        }

        @JsonCreator
        static Code of(String value) {
            return new Code(value);
        }
    }

    record Range<T extends Comparable<? super T>>(T from, T to) {}

    record Everything(
            Content content,
            List<Content> contents,
            Amount amount,
            Code code,
            Range<LocalDate> days,
            Optional<Range<BigDecimal>> band,
            Map<String, List<Money>> money) {}

    @Test
    void drawsEveryShapeTheCorpusUses() {
        Set<Class<?>> contentKinds = new HashSet<>();
        List<Object> ranges = new ArrayList<>();
        boolean amountSeen = false;
        boolean codeSeen = false;
        for (int i = 0; i < 200; i++) {
            Everything e = (Everything) new CorpusValues(new EdgeCaseRandom(i)).next(Everything.class);
            if (e.content() != null) {
                contentKinds.add(e.content().getClass());
            }
            if (e.days() != null) {
                ranges.add(e.days().from());
            }
            amountSeen |= e.amount() != null && e.amount().value != null;
            codeSeen |= e.code() != null;
        }
        assertThat(contentKinds).containsExactlyInAnyOrder(Plain.class, Html.class, Markdown.class);
        assertThat(ranges).anyMatch(LocalDate.class::isInstance);
        assertThat(amountSeen).isTrue();
        assertThat(codeSeen).isTrue();
    }

    @Test
    void valueClassesWithoutEqualsAreTheSameFieldByField() {
        assertThat(Sameness.sameAsJackson(Code.of("a"), Code.of("a"))).isTrue();
        assertThat(Sameness.sameAsJackson(Code.of("a"), Code.of("b"))).isFalse();
        assertThat(Sameness.sameAsJackson(new Amount(BigDecimal.ONE, "EUR"), new Amount(BigDecimal.ONE, "EUR")))
                .isTrue();
        assertThat(Sameness.sameAsJackson(new Amount(BigDecimal.ONE, "EUR"), new Amount(BigDecimal.TEN, "EUR")))
                .isFalse();
    }

    @Test
    void onlyAnEmptyCollectionOfOursMatchesJacksonsNull() {
        assertThat(Sameness.sameAsJackson(List.of(), null)).isTrue();
        assertThat(Sameness.sameAsJackson(Map.of(), null)).isTrue();
        assertThat(Sameness.sameAsJackson(null, List.of())).isFalse();
        assertThat(Sameness.sameAsJackson(List.of("x"), null)).isFalse();
    }
}
