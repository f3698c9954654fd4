package dev.eventrecords.kafka;

import java.net.URI;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the JDK value types that Jackson 3 reads from text ({@code URI}, {@code Locale}, {@code Currency}) as its
 * {@code JDKFromStringDeserializer} does with the default features: a string, or a number or boolean taken as its text;
 * the text trimmed; an empty or blank text is the type's empty value ({@code URI.create("")}, {@code Locale.ROOT}) or
 * {@code null} ({@code Currency}). Arrays and objects are refused.
 */
final class TextValueReader {

    private TextValueReader() {}

    static URI uri(JsonParser in) {
        return read(in, URI.create(""), URI::create, "a URI");
    }

    static Locale locale(JsonParser in) {
        return read(in, Locale.ROOT, TextValueReader::locale, "a locale");
    }

    static Currency currency(JsonParser in) {
        return read(in, null, Currency::getInstance, "an ISO 4217 currency code");
    }

    /**
     * A locale from text as Jackson reads it: one segment is a language ({@code new Locale(text)}); a {@code -} first is
     * a BCP 47 language tag; an {@code _} first is {@code Locale.toString()}'s form, language, country and variant.
     */
    @SuppressWarnings("deprecation") // the Locale constructors are Jackson's, deprecated only from JDK 19
    static Locale locale(String text) {
        int first = hyphenOrUnderscore(text);
        if (first < 0) {
            return new Locale(text);
        }
        if (text.charAt(first) == '-') {
            return Locale.forLanguageTag(text);
        }
        String language = text.substring(0, first);
        String rest = text.substring(first + 1);
        int second = hyphenOrUnderscore(rest);
        return second < 0
                ? new Locale(language, rest)
                : new Locale(language, rest.substring(0, second), rest.substring(second + 1));
    }

    /**
     * The text Jackson writes for a locale, its BCP 47 language tag ({@code ""} for {@code Locale.ROOT}), when that
     * text reads back to the same locale.
     *
     * @throws IllegalArgumentException for a locale no language tag stands for ({@code new Locale("en", "USA")} would
     *     be written {@code en}, losing its country), which Jackson would write and lose silently
     */
    static String tagOf(Locale locale) {
        String tag = Locale.ROOT.equals(locale) ? "" : locale.toLanguageTag();
        if (!tag.isEmpty() && !locale(tag).equals(locale)) {
            throw new IllegalArgumentException("the locale '" + Json.shown(locale.toString())
                    + "' cannot be written: its language tag '" + Json.shown(tag)
                    + "' reads back as another locale, so the event would change on the way; build it with"
                    + " Locale.forLanguageTag or Locale.Builder");
        }
        return tag;
    }

    private static int hyphenOrUnderscore(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    private static <T> T read(JsonParser in, T empty, Function<String, T> parse, String what) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == null || !t.isScalarValue()) {
            throw Json.expected(what, in);
        }
        String raw = in.getValueAsString();
        String text = raw.trim();
        if (text.isEmpty()) {
            return empty;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw EventReadException.of("'" + Json.shown(raw) + "' is not " + what);
        }
    }
}
