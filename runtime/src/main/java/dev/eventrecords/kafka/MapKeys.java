package dev.eventrecords.kafka;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The map-key types of {@code Map<K, V>} components, each written and read as Jackson 3's default mapper writes and
 * reads its map keys: numbers as their decimal text ({@code "12"}), read back as {@link Integer#parseInt} reads them
 * (a sign and leading zeros allowed, no blanks); a {@code UUID} in its canonical form, read by
 * {@link UUID#fromString}; a {@code LocalDate} in ISO-8601, read strictly; an enum by {@code toString()}, read back by
 * that exact text. All are stateless and thread-safe.
 */
public final class MapKeys {

    private MapKeys() {}

    /** {@code String}: the key itself. */
    public static final MapKey<String> STRING = key(k -> k, k -> k);

    /** {@code UUID}: {@code 86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d}. */
    public static final MapKey<UUID> UUID = key(java.util.UUID::toString, text -> {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw refused(text, "a UUID");
        }
    });

    /** {@code Byte}: {@code -3}; read from -128 to 255, as Jackson reads it (255 is the byte -1). */
    public static final MapKey<Byte> BYTE =
            key(String::valueOf, text -> (byte) integer(text, Byte.MIN_VALUE, 255, "a byte (-128 to 255)"));

    /** {@code Short}: {@code 1200}. */
    public static final MapKey<Short> SHORT =
            key(String::valueOf, text -> (short) integer(text, Short.MIN_VALUE, Short.MAX_VALUE, "a short"));

    /** {@code Integer}: {@code 42}. */
    public static final MapKey<Integer> INTEGER =
            key(String::valueOf, text -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"));

    /** {@code Long}: {@code 1764672000000}. */
    public static final MapKey<Long> LONG = key(String::valueOf, text -> {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw refused(text, "a long");
        }
    });

    /** {@code LocalDate}: {@code 2026-11-26} ({@code +10000-01-01} beyond year 9999). */
    public static final MapKey<LocalDate> LOCAL_DATE = key(LocalDate::toString, text -> {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw refused(text, "an ISO-8601 date");
        }
    });

    /**
     * {@code Month}, an enum written by its name ({@code MAY}) as every enum key is, but read as Jackson reads a month
     * value from text: its number from 1 to 12 or its name, trimmed.
     */
    public static final MapKey<Month> MONTH = key(Month::name, text -> {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw refused(text, "a month");
        }
        return JavaTimeReader.month(text, trimmed);
    });

    /**
     * An enum's keys: written by {@code toString()} as Jackson 3 writes enum keys, except the constants that
     * {@code @JsonProperty} renames, which Jackson 3 writes by that text as keys too; read back by that exact text
     * only (the first constant wins when two have the same text).
     *
     * @param type the enum class
     * @param renamed pairs of a constant's name and its {@code @JsonProperty} text, {@code "NEW", "new", ...}
     * @param <E> the enum
     * @return its keys
     * @throws IllegalArgumentException when {@code renamed} is not pairs of a constant's name and a text
     */
    public static <E extends Enum<E>> MapKey<E> enumOf(Class<E> type, String... renamed) {
        if (renamed.length % 2 != 0) {
            throw new IllegalArgumentException("renamed constants come in pairs of name and text");
        }
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < renamed.length; i += 2) {
            texts.put(Enum.valueOf(type, renamed[i]).name(), renamed[i + 1]);
        }
        Map<String, E> byText = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            String text = texts.containsKey(constant.name()) ? texts.get(constant.name()) : constant.toString();
            if (text != null) {
                byText.putIfAbsent(text, constant);
            }
        }
        String known = byText.keySet().stream().sorted().collect(Collectors.joining(", "));
        return key(
                constant -> {
                    String text = texts.containsKey(constant.name()) ? texts.get(constant.name()) : constant.toString();
                    if (text == null) {
                        throw new IllegalArgumentException("'" + type.getSimpleName() + "' constant '" + constant.name()
                                + "' cannot be a map key: its toString() is null");
                    }
                    return text;
                },
                text -> {
                    E value = byText.get(text);
                    if (value == null) {
                        throw EventReadException.of("'" + Json.shown(text) + "' is not a '" + type.getSimpleName()
                                + "' constant; known: " + Json.shown(known));
                    }
                    return value;
                });
    }

    private static int integer(String text, int min, int max, String what) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw refused(text, what);
        }
        if (value < min || value > max) {
            throw refused(text, what);
        }
        return value;
    }

    private static EventReadException refused(String text, String what) {
        return EventReadException.of("the key '" + Json.shown(text) + "' is not " + what);
    }

    private static <K> MapKey<K> key(Function<K, String> write, Function<String, K> read) {
        return new MapKey<>() {
            @Override
            public String write(K key) {
                return write.apply(key);
            }

            @Override
            public K read(String name) {
                return read.apply(name);
            }
        };
    }
}
