package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that are not English sentences still get a verdict and a message, never an exception. */
class BadInputTest {

    private final PastTenseAnalyzer analyzer = new PastTenseAnalyzer(Lexicon.shared(), Set.of());

    @ParameterizedTest
    @CsvSource({
        "A, LETTER, 'A' is a single letter",
        "X, LETTER, 'X' is a single letter",
        "Заказ, FOREIGN, 'Заказ' is not an English word",
        "注文作成, FOREIGN, '注文作成' is not an English word",
        "CommandeCréée, FOREIGN, 'Créée' is not an English word",
        "HTTP, ACRONYM, 'HTTP' is an acronym",
        "SMSAPI, ACRONYM, 'SMSAPI' is an acronym",
        "_1, NUMBER, '1' is a number",
        "V2, VERSION, 'V2' is a version",
        "$, NO_WORDS, '$' has no words",
        "Event, NOUN, 'Event' is a noun"
    })
    void givesAClearVerdict(String name, Finding finding, String explanation) {
        Verdict verdict = analyzer.analyze(name);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.finding()).isEqualTo(finding);
        assertThat(verdict.explanation()).isEqualTo(explanation);
    }

    @Test
    void neverThrowsAndOnlySuggestsNamesThatPass() {
        String[] parts = {
            "Order",
            "Placed",
            "Create",
            "Was",
            "Not",
            "Event",
            "Domain",
            "V2",
            "To",
            "Is",
            "Reset",
            "In",
            "Up",
            "The",
            "Command",
            "Processing",
            "Speed",
            "_",
            "1",
            "$",
            "é",
            "Ж",
            "注",
            "\uD835\uDD38",
            "a",
            "S",
            "ID"
        };
        Random random = new Random(20_26);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            Verdict verdict = analyzer.analyze(name.toString());
            assertThat(verdict.explanation()).isNotBlank();
            verdict.suggestion()
                    .ifPresent(s -> assertThat(analyzer.analyze(s).passed())
                            .as(name + " -> " + s)
                            .isTrue());
        }
    }
}
