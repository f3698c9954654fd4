package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VagueNameAnalyzerTest {

    private final PastTenseAnalyzer tense = new PastTenseAnalyzer(Lexicon.shared(), Set.of());
    private final VagueNameAnalyzer vague = new VagueNameAnalyzer(Lexicon.shared());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UserUpdated",
                "OrderChanged",
                "AccountModified",
                "ProfileEdited",
                "RecordSaved",
                "ItemProcessed",
                "UserDataChanged",
                "Updated"
            })
    void findsEntityAndGenericVerbVague(String name) {
        assertThat(vague.analyze(tense.analyze(name))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserAddressChanged", "OrderShippingAddressChanged", "OrderShipped", "UserUpdatedToAdmin"})
    void acceptsNamesThatSayWhatChanged(String name) {
        assertThat(vague.analyze(tense.analyze(name))).isEmpty();
    }

    @Test
    void namesTheEntityAndAnExample() {
        var found = vague.analyze(tense.analyze("UserUpdated")).orElseThrow();
        assertThat(found.entity()).isEqualTo("User");
        assertThat(found.predicate()).isEqualTo("Updated");
        assertThat(found.example(List.of("address", "city"))).contains("UserAddressChanged");
        assertThat(found.example(List.of("userName"))).contains("UserNameChanged");
        assertThat(found.example(List.of())).isEmpty();
        assertThat(found.namesAnAttribute(List.of("address"))).isFalse();
        assertThat(vague.analyze(tense.analyze("PriceChanged")).orElseThrow().namesAnAttribute(List.of("newPrice")))
                .isTrue();
    }

    @Test
    void ignoresNamesThatAreNotInThePastTense() {
        assertThat(vague.analyze(tense.analyze("UpdateUser"))).isEmpty();
    }
}
