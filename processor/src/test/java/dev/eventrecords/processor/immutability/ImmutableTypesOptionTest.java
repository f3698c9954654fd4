package dev.eventrecords.processor.immutability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImmutableTypesOptionTest {

    @Test
    void readsCommaSeparatedNamesAndSkipsBlanks() {
        assertThat(ImmutableTypesOption.parse(Optional.of(" com.example.Money, ,com.example.Outer.Inner ")))
                .containsExactlyInAnyOrder("com.example.Money", "com.example.Outer.Inner");
    }

    @Test
    void readsNothingWhenAbsent() {
        assertThat(ImmutableTypesOption.parse(Optional.empty())).isEmpty();
        assertThat(ImmutableTypesOption.validate(Optional.empty())).isEmpty();
    }

    @Test
    void acceptsCanonicalNames() {
        assertThat(ImmutableTypesOption.validate(Optional.of("Money,com.example.$Sku_2")))
                .isEmpty();
    }

    @Test
    void reportsEachEntryThatIsNotACanonicalName() {
        assertThat(ImmutableTypesOption.validate(Optional.of("com.example.Money,com..Bad,List<String>")))
                .containsExactly(
                        "option 'eventrecords.immutableTypes' has 'com..Bad', which is not a canonical class name;"
                                + " list canonical names separated by commas, such as"
                                + " 'com.example.Money,com.example.Sku'",
                        "option 'eventrecords.immutableTypes' has 'List<String>', which is not a canonical class name;"
                                + " list canonical names separated by commas, such as"
                                + " 'com.example.Money,com.example.Sku'");
    }
}
