package dev.eventrecords.processor.english;

import java.util.Locale;

/**
 * One word of a name as written ({@code SMS}, {@code Sent}, {@code OAuth2}) and the form the lexicon is asked about:
 * lower case without trailing digits.
 *
 * @param text the word as written
 * @param key the lexicon's form, {@code oauth} for {@code OAuth2}
 * @param kind what sort of word it is
 */
public record Token(String text, String key, Kind kind) {

    /** What sort of word a token is. */
    public enum Kind {
        /** A Latin-script word that the lexicon may know. */
        WORD,
        /** All capitals in a name that is not all capitals ({@code SMS}, {@code HTTP}): a noun. */
        ACRONYM,
        /** Digits only. */
        NUMBER,
        /** Letters outside the English alphabet ({@code Заказ}, {@code Créée}). */
        FOREIGN
    }

    static Token of(String text, boolean allCapsName) {
        String key = text.replaceFirst("[0-9]+$", "").toLowerCase(Locale.ROOT);
        return new Token(text, key, kindOf(text, key, allCapsName));
    }

    private static Kind kindOf(String text, String key, boolean allCapsName) {
        if (key.isEmpty()) {
            return Kind.NUMBER;
        }
        if (!key.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
            return Kind.FOREIGN;
        }
        String letters = text.replaceAll("[0-9]", "");
        boolean capitals = letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
        return capitals && !allCapsName ? Kind.ACRONYM : Kind.WORD;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
