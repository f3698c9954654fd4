package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerbFormsTest {

    private final VerbForms verbs = new VerbForms(Lexicon.shared(), Set.of());

    @ParameterizedTest
    @CsvSource({
        "shipped, ship",
        "transferred, transfer",
        "verified, verify",
        "panicked, panic",
        "cancelled, cancel",
        "canceled, cancel",
        "authorised, authorise",
        "authorized, authorize",
        "created, create",
        "rebuilt, rebuild",
        "withdrawn, withdraw",
        "prepaid, prepay",
        "undone, undo"
    })
    void findsTheVerbOfAPastForm(String form, String verb) {
        assertThat(verbs.lemmaOfPast(form)).contains(verb);
    }

    @ParameterizedTest
    @ValueSource(strings = {"speed", "seed", "feed", "embed", "hundred", "naked", "payed", "leaved", "outcome"})
    void findsNoVerbInWordsThatOnlyLookPast(String word) {
        assertThat(verbs.lemmaOfPast(word)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"upserted", "deduped", "reindexed", "unmuted", "synced"})
    void acceptsRegularFormsOfVerbsTooNewForTheLexicon(String word) {
        assertThat(verbs.lemmaOfPast(word)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "ship, shipped",
        "cancel, cancelled",
        "transfer, transferred",
        "verify, verified",
        "panic, panicked",
        "create, created",
        "send, sent",
        "refund, refunded",
        "register, registered",
        "play, played"
    })
    void buildsParticiplesWithEnglishSpelling(String verb, String participle) {
        assertThat(verbs.participleOf(verb)).isEqualTo(participle);
    }

    @ParameterizedTest
    @CsvSource({"processing, process", "creating, create", "shipping, ship"})
    void findsTheVerbOfAGerund(String gerund, String verb) {
        assertThat(verbs.lemmaOfGerund(gerund)).contains(verb);
    }
}
