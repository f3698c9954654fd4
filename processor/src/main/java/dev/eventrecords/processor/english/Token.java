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
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) >= '0' && text.charAt(end - 1) <= '9') {
            end--;
        }
        String key = text.substring(0, end).toLowerCase(Locale.ROOT);
        return new Token(text, key, kindOf(text, key, allCapsName));
    }

    private static Kind kindOf(String text, String key, boolean allCapsName) {
        if (key.isEmpty()) {
            return Kind.NUMBER;
        }
        int letters = 0;
        boolean lowerCase = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') {
                if (c < '0' || c > '9') {
                    return Kind.FOREIGN;
                }
            } else {
                letters++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            lowerCase |= Character.isLowerCase(text.charAt(i));
        }
        return letters > 1 && !lowerCase && !allCapsName ? Kind.ACRONYM : Kind.WORD;
    }

    /** Whether the token is a version tag such as {@code V2}, {@code v3} or {@code Version2}. */
    public boolean isVersion() {
        boolean digits = text.length() > key.length();
        return digits && (key.equals("v") || key.equals("version"));
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
