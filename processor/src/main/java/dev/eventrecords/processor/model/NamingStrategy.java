package dev.eventrecords.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Jackson 3's standard property naming strategies ({@code tools.jackson.databind.PropertyNamingStrategies}), as
 * {@code @JsonNaming} applies them to the names of components without a {@code @JsonProperty} name. Each translates a
 * name exactly as Jackson 3.3 does, quirks included: snake case keeps a run of capitals as one word with the next
 * ({@code URLValue} is {@code urlvalue}), kebab and dot case split the run before its last capital
 * ({@code url-value}); {@code NamingStrategyTest} checks every one against Jackson itself.
 */
public enum NamingStrategy {
    /** The name as it is. */
    NONE(""),
    LOWER_CAMEL_CASE("LowerCamelCaseStrategy"),
    UPPER_CAMEL_CASE("UpperCamelCaseStrategy"),
    SNAKE_CASE("SnakeCaseStrategy"),
    UPPER_SNAKE_CASE("UpperSnakeCaseStrategy"),
    LOWER_CASE("LowerCaseStrategy"),
    KEBAB_CASE("KebabCaseStrategy"),
    LOWER_DOT_CASE("LowerDotCaseStrategy");

    /** The class that names the strategies in {@code @JsonNaming}. */
    public static final String STRATEGIES = "tools.jackson.databind.PropertyNamingStrategies";

    private final String className;

    NamingStrategy(String simpleName) {
        this.className = simpleName.isEmpty() ? "" : STRATEGIES + "." + simpleName;
    }

    /** The strategy of a {@code @JsonNaming} value, by its canonical class name, when it is a standard one. */
    public static Optional<NamingStrategy> ofClass(String canonicalName) {
        return Arrays.stream(values())
                .filter(s -> s != NONE && s.className.equals(canonicalName))
                .findFirst();
    }

    /** The canonical name of the strategy's class in Jackson 3. */
    public String className() {
        return className;
    }

    /** The JSON name of a component named {@code name}. */
    public String translate(String name) {
        return switch (this) {
            case NONE, LOWER_CAMEL_CASE -> name;
            case UPPER_CAMEL_CASE -> name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            case SNAKE_CASE -> snake(name);
            case UPPER_SNAKE_CASE -> snake(name).toUpperCase(Locale.ROOT);
            case LOWER_CASE -> name.toLowerCase(Locale.ROOT);
            case KEBAB_CASE -> separated(name, '-');
            case LOWER_DOT_CASE -> separated(name, '.');
        };
    }

    /**
     * Snake case: a leading underscore is dropped; a capital starts a word, unless the character before was a capital
     * too or the text so far ends with an underscore; every capital is lowered.
     */
    private static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() * 2);
        boolean afterCapital = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && c == '_') {
                continue;
            }
            boolean capital = Character.isUpperCase(c);
            if (capital && !afterCapital && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(capital ? Character.toLowerCase(c) : c);
            afterCapital = capital;
        }
        return out.length() > 0 ? out.toString() : name;
    }

    /**
     * Kebab and dot case: every character lowered; a character that lowering changes starts a word (except the
     * first), and a run of several such characters ends with a word start before its last one when a character that
     * lowering keeps follows it.
     */
    private static String separated(String name, char separator) {
        StringBuilder out = new StringBuilder(name.length() + name.length() / 2);
        int run = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower == c) {
                if (run > 1) {
                    out.insert(out.length() - 1, separator);
                }
                run = 0;
            } else {
                if (run == 0 && i > 0) {
                    out.append(separator);
                }
                run++;
            }
            out.append(lower);
        }
        return out.toString();
    }
}
