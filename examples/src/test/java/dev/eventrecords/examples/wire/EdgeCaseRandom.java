package dev.eventrecords.examples.wire;

import dev.eventrecords.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Random values biased towards the edges: about a third of the values come from a list of extremes (empty, MIN/MAX,
 * NaN, control characters, the first and last representable dates), the rest are drawn uniformly. Seeded, so a failure
 * is reproduced from its seed.
 */
public final class EdgeCaseRandom {

    /** Strings that break naive JSON writers: escapes, control characters, non-ASCII, surrogates, look-alikes. */
    private static final List<String> EDGE_STRINGS = edgeStrings();

    private static final List<Double> EDGE_DOUBLES = List.of(
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e-300,
            1e300,
            9007199254740993.0,
            (double) Long.MAX_VALUE,
            123456789.123456789);

    private static final List<Float> EDGE_FLOATS = List.of(
            0.0f,
            -0.0f,
            1.0f,
            0.1f,
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE,
            -Float.MIN_VALUE,
            Float.MIN_NORMAL,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            16777217f,
            3.4028235e38f);

    /** Offsets from the widest to the oddest: ±18:00, UTC, half and quarter hours, and offsets with seconds. */
    private static final List<ZoneOffset> EDGE_OFFSETS = List.of(
            ZoneOffset.UTC,
            ZoneOffset.MAX,
            ZoneOffset.MIN,
            ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.ofHoursMinutes(5, 45),
            ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
            ZoneOffset.ofHoursMinutesSeconds(-0, -0, -30));

    /**
     * The widest date-times whose instant still has a date-time in every offset (Jackson moves offset date-times to
     * UTC when it reads them, and {@code OffsetDateTime.MIN} at UTC does not exist).
     */
    private static final LocalDateTime FIRST_DATE_TIME = LocalDateTime.MIN.plusDays(1);

    private static final LocalDateTime LAST_DATE_TIME = LocalDateTime.MAX.minusDays(1);

    /**
     * Every locale of the JDK that its language tag stands for (the others, such as {@code no_NO_NY}, cannot be
     * written; see {@code JdkValuesEdgesTest}), and {@code Locale.ROOT}.
     */
    private static final List<Locale> LOCALES = Stream.concat(
                    Stream.of(Locale.ROOT),
                    Arrays.stream(Locale.getAvailableLocales())
                            .filter(l -> !l.equals(Locale.ROOT))
                            .filter(l ->
                                    Locale.forLanguageTag(l.toLanguageTag()).equals(l)))
            .sorted(java.util.Comparator.comparing(Locale::toLanguageTag))
            .toList();

    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .sorted(java.util.Comparator.comparing(Currency::getCurrencyCode))
            .toList();

    /** Every region id, sorted so that a seed picks the same ones on every JDK with the same zone data. */
    private static final List<String> ZONE_IDS =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private static final List<URI> EDGE_URIS = List.of(
            URI.create(""),
            URI.create("#"),
            URI.create("relative/path"),
            URI.create("../up?q#f"),
            URI.create("http://[::1]:8080/"),
            URI.create("urn:isbn:0451450523"),
            URI.create("mailto:ada@example.org"),
            URI.create("https://example.org/caf\u00e9?na\u00efve=\u65e5\u672c"),
            URI.create("https://user:pw@example.org:8443/a%20b/%E2%9C%93?x=1&y=%22#frag%2F"),
            URI.create("file:///tmp/x"),
            URI.create("x:y"));

    private final Random random;

    public EdgeCaseRandom(long seed) {
        this.random = new Random(seed);
    }

    public boolean edge() {
        return random.nextInt(3) == 0;
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code null} one time in eight, else a value. */
    public <T> T orNull(Supplier<T> value) {
        return random.nextInt(8) == 0 ? null : value.get();
    }

    public byte nextByte() {
        return edge() ? pick(List.of(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0, (byte) -1)) : (byte) random.nextInt();
    }

    public short nextShort() {
        return edge()
                ? pick(List.of(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1))
                : (short) random.nextInt();
    }

    public int nextInt() {
        return edge() ? pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1)) : random.nextInt();
    }

    public long nextLong() {
        return edge()
                ? pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, (long) Integer.MAX_VALUE + 1))
                : random.nextLong() >> random.nextInt(64);
    }

    public float nextFloat() {
        if (edge()) {
            return pick(EDGE_FLOATS);
        }
        return random.nextBoolean() ? Float.intBitsToFloat(random.nextInt()) : (random.nextFloat() - 0.5f) * 1000;
    }

    public double nextDouble() {
        if (edge()) {
            return pick(EDGE_DOUBLES);
        }
        return random.nextBoolean()
                ? Double.longBitsToDouble(random.nextLong())
                : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
    }

    /** Any UTF-16 unit, lone surrogates and control characters included. */
    public char nextChar() {
        if (edge()) {
            return pick(
                    List.of('\0', '"', '\\', '\n', '\u001f', '\u007f', '\u2028', '\uD800', '\uDFFF', '\uFFFF', 'é'));
        }
        return (char) random.nextInt(Character.MAX_VALUE + 1);
    }

    public String nextString() {
        if (edge()) {
            return pick(EDGE_STRINGS);
        }
        int length = random.nextInt(24);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) random.nextInt(0x20)); // control characters
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000)); // surrogate pairs
                case 2 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1)); // any unit, lone surrogates too
                case 3 -> text.append(pick(List.of('"', '\\', '/', '\'', '<', '&', '\u2028', '\u00e9')));
                default -> text.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return text.toString();
    }

    public UUID nextUuid() {
        return edge()
                ? pick(List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, Long.MAX_VALUE)))
                : new UUID(random.nextLong(), random.nextLong());
    }

    public BigInteger nextBigInteger() {
        if (edge()) {
            return pick(List.of(
                    BigInteger.ZERO,
                    BigInteger.ONE.negate(),
                    BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
                    BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
                    BigInteger.TWO.pow(2000),
                    BigInteger.TWO.pow(2000).negate()));
        }
        BigInteger value = new BigInteger(bits(), random);
        return random.nextBoolean() ? value : value.negate();
    }

    /** Unscaled values up to 600 digits (mostly up to 20), scales from -500 to 500: tiny, huge, with trailing zeros and exponents. */
    public BigDecimal nextBigDecimal() {
        if (edge()) {
            return pick(List.of(
                    BigDecimal.ZERO,
                    new BigDecimal("0.00"),
                    new BigDecimal("0E+3"),
                    new BigDecimal("-0.000"),
                    new BigDecimal("1E+10"),
                    new BigDecimal("1E-10"),
                    new BigDecimal("5.00"),
                    new BigDecimal("-123.4500"),
                    new BigDecimal(BigInteger.ONE, 400),
                    new BigDecimal(BigInteger.TEN.pow(300), -200),
                    new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.TEN),
                    new BigDecimal(Double.MIN_VALUE)));
        }
        BigInteger unscaled = new BigInteger(bits(), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        int scale = random.nextInt(3) == 0 ? random.nextInt(1001) - 500 : random.nextInt(21) - 5;
        return new BigDecimal(unscaled, scale);
    }

    public <E extends Enum<E>> E nextEnum(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    public Instant nextInstant() {
        if (edge()) {
            return pick(List.of(
                    Instant.MIN,
                    Instant.MAX,
                    Instant.EPOCH,
                    Instant.EPOCH.minusNanos(1),
                    Instant.parse("9999-12-31T23:59:59.999999999Z"),
                    Instant.parse("+10000-01-01T00:00:00Z"),
                    Instant.parse("0000-01-01T00:00:00Z")));
        }
        long seconds = random.nextLong() % Instant.MAX.getEpochSecond();
        return Instant.ofEpochSecond(random.nextBoolean() ? seconds : seconds % 10_000_000_000L, nanos());
    }

    public LocalDate nextLocalDate() {
        if (edge()) {
            return pick(List.of(
                    LocalDate.MIN,
                    LocalDate.MAX,
                    LocalDate.EPOCH,
                    LocalDate.of(0, 1, 1),
                    LocalDate.of(-1, 12, 31),
                    LocalDate.of(2024, 2, 29),
                    LocalDate.of(10000, 1, 1)));
        }
        return LocalDate.ofEpochDay(epochDay(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }

    public LocalTime nextLocalTime() {
        if (edge()) {
            return pick(List.of(
                    LocalTime.MIDNIGHT,
                    LocalTime.MAX,
                    LocalTime.NOON,
                    LocalTime.of(10, 15),
                    LocalTime.of(10, 15, 0, 1),
                    LocalTime.of(10, 15, 30, 100_000_000),
                    LocalTime.of(10, 15, 30, 120_000)));
        }
        LocalTime time = LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), LocalTime.MAX.toNanoOfDay() + 1));
        return truncate(time);
    }

    public LocalDateTime nextLocalDateTime() {
        if (edge()) {
            return pick(List.of(
                    LocalDateTime.MIN,
                    LocalDateTime.MAX,
                    LocalDateTime.of(1970, 1, 1, 0, 0),
                    LocalDateTime.of(-1, 12, 31, 23, 59, 59, 999_999_999),
                    LocalDateTime.of(10000, 1, 1, 0, 0, 1)));
        }
        return LocalDateTime.of(nextLocalDate(), nextLocalTime());
    }

    public OffsetDateTime nextOffsetDateTime() {
        return OffsetDateTime.of(nextBoundedDateTime(), pick(EDGE_OFFSETS));
    }

    /** With a {@link ZoneOffset} as its zone: a region id does not survive the wire (see {@code Codecs}). */
    public ZonedDateTime nextZonedDateTime() {
        return ZonedDateTime.of(nextBoundedDateTime(), pick(EDGE_OFFSETS));
    }

    public Duration nextDuration() {
        if (edge()) {
            return pick(List.of(
                    Duration.ZERO,
                    Duration.ofNanos(1),
                    Duration.ofNanos(-1),
                    Duration.ofMillis(-500),
                    Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                    Duration.ofSeconds(Long.MIN_VALUE),
                    Duration.ofDays(1).plusNanos(1)));
        }
        return Duration.ofSeconds(random.nextLong() >> random.nextInt(64), nanos());
    }

    public Period nextPeriod() {
        if (edge()) {
            return pick(List.of(
                    Period.ZERO,
                    Period.ofDays(-1),
                    Period.of(Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE),
                    Period.of(Integer.MIN_VALUE, 0, 0),
                    Period.ofMonths(13)));
        }
        return Period.of(
                random.nextInt() >> random.nextInt(32), random.nextInt() >> random.nextInt(32), random.nextInt());
    }

    public Year nextYear() {
        if (edge()) {
            return pick(
                    List.of(Year.of(Year.MIN_VALUE), Year.of(Year.MAX_VALUE), Year.of(0), Year.of(-1), Year.of(10000)));
        }
        return Year.of(random.nextInt(Year.MAX_VALUE - Year.MIN_VALUE) + Year.MIN_VALUE);
    }

    public YearMonth nextYearMonth() {
        if (edge()) {
            return pick(List.of(
                    YearMonth.of(Year.MIN_VALUE, 1),
                    YearMonth.of(Year.MAX_VALUE, 12),
                    YearMonth.of(0, 1),
                    YearMonth.of(-1, 12),
                    YearMonth.of(10000, 6)));
        }
        return YearMonth.of(nextYear().getValue(), random.nextInt(12) + 1);
    }

    public Bytes nextBytes() {
        if (edge()) {
            return pick(List.of(
                    Bytes.empty(),
                    Bytes.copyOf(new byte[] {0}),
                    Bytes.copyOf(new byte[] {-1, -2}),
                    Bytes.copyOf(new byte[] {(byte) 0xfb, (byte) 0xff}), // base64 '+' and '/'
                    Bytes.copyOf(new byte[100])));
        }
        byte[] bytes = new byte[random.nextInt(80)];
        random.nextBytes(bytes);
        return Bytes.copyOf(bytes);
    }

    public <T> Optional<T> optional(Supplier<T> value) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    public OptionalInt optionalInt() {
        return random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(nextInt());
    }

    public OptionalLong optionalLong() {
        return random.nextInt(3) == 0 ? OptionalLong.empty() : OptionalLong.of(nextLong());
    }

    public OptionalDouble optionalDouble() {
        return random.nextInt(3) == 0 ? OptionalDouble.empty() : OptionalDouble.of(nextDouble());
    }

    /** Empty one time in four, else up to four elements (nested containers multiply). */
    public <T> List<T> list(Supplier<T> element) {
        int size = random.nextInt(4) == 0 ? 0 : random.nextInt(4) + 1;
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(element.get());
        }
        return values;
    }

    public <T> Set<T> set(Supplier<T> element) {
        return new LinkedHashSet<>(list(element));
    }

    /** Hierarchical and opaque, absolute and relative, with characters the multi-argument constructor quotes. */
    public URI nextUri() {
        if (edge()) {
            return pick(EDGE_URIS);
        }
        String scheme = pick(List.of("http", "https", "urn", "file", "s3", "x-custom+v1"));
        try {
            if (scheme.equals("urn")) {
                return new URI(scheme, "isbn:" + uriText(), random.nextBoolean() ? null : uriText());
            }
            String host = pick(List.of("example.org", "a.b.c", "localhost", "xn--fsqu00a.example", "10.0.0.1"));
            String path = "/" + uriText() + (random.nextBoolean() ? "/" + uriText() : "");
            return new URI(
                    random.nextInt(4) == 0 ? null : scheme,
                    random.nextBoolean() ? host : host + ":" + random.nextInt(65536),
                    path,
                    random.nextBoolean() ? null : "q=" + uriText(),
                    random.nextBoolean() ? null : uriText());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text for a URI part: letters, digits, and characters a URI must quote (space, quotes, non-ASCII, '%'). */
    private String uriText() {
        int length = random.nextInt(8);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(pick(List.of('a', 'Z', '0', '-', '_', '.', '~', ' ', '"', '%', '\u00e9', '\u65e5', '+', '=')));
        }
        return text.toString();
    }

    public Locale nextLocale() {
        return pick(LOCALES);
    }

    public Currency nextCurrency() {
        return pick(CURRENCIES);
    }

    /** A region, an offset, or a prefixed offset ({@code UTC+01:00}, {@code GMT}). */
    public ZoneId nextZoneId() {
        return switch (random.nextInt(4)) {
            case 0 -> nextZoneOffset();
            case 1 -> ZoneId.ofOffset(pick(List.of("UTC", "GMT", "UT")), nextZoneOffset());
            default -> ZoneId.of(pick(ZONE_IDS));
        };
    }

    public ZoneOffset nextZoneOffset() {
        return edge() ? pick(EDGE_OFFSETS) : ZoneOffset.ofTotalSeconds(random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600);
    }

    public OffsetTime nextOffsetTime() {
        return OffsetTime.of(nextLocalTime(), nextZoneOffset());
    }

    /** Any day of the leap year, the 29th of February included. */
    public MonthDay nextMonthDay() {
        LocalDate day = LocalDate.ofYearDay(2024, random.nextInt(366) + 1);
        return MonthDay.of(day.getMonth(), day.getDayOfMonth());
    }

    /** Up to four entries (fewer when keys repeat), empty one time in four. */
    public <K, V> Map<K, V> map(Supplier<K> key, Supplier<V> value) {
        Map<K, V> values = new LinkedHashMap<>();
        for (K k : list(key)) {
            values.put(k, value.get());
        }
        return values;
    }

    /**
     * Keys are edge strings too: the empty key, escapes, control characters, non-ASCII, emoji; but no lone surrogate,
     * which Jackson writes in a property name and then refuses to read (its parser, so ours too, see
     * {@code BadPayloadTest}).
     */
    public <T> Map<String, T> map(Supplier<T> value) {
        Map<String, T> values = new LinkedHashMap<>();
        for (String key : list(() -> withoutLoneSurrogates(nextString()))) {
            values.put(key, value.get());
        }
        return values;
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) != Character.SURROGATE) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    private LocalDateTime nextBoundedDateTime() {
        if (edge()) {
            return pick(List.of(
                    FIRST_DATE_TIME,
                    LAST_DATE_TIME,
                    LocalDateTime.of(1970, 1, 1, 0, 0),
                    LocalDateTime.of(0, 1, 1, 0, 0)));
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay(
                FIRST_DATE_TIME.toLocalDate().toEpochDay(),
                LAST_DATE_TIME.toLocalDate().toEpochDay()));
        return LocalDateTime.of(date, nextLocalTime());
    }

    /** Mostly near today, sometimes anywhere in the range. */
    private long epochDay(long first, long last) {
        if (random.nextBoolean()) {
            return 19_000 + random.nextInt(10_000);
        }
        return first + Math.floorMod(random.nextLong(), last - first + 1);
    }

    /** Up to 2,000 bits (600 digits) one time in sixteen, else up to 64. */
    private int bits() {
        return 1 + random.nextInt(random.nextInt(16) == 0 ? 2000 : 64);
    }

    private int nanos() {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }

    /** Whole seconds, milliseconds, microseconds or nanoseconds, so every fraction width is written. */
    private LocalTime truncate(LocalTime time) {
        return switch (random.nextInt(4)) {
            case 0 -> time.truncatedTo(ChronoUnit.SECONDS);
            case 1 -> time.truncatedTo(ChronoUnit.MILLIS);
            case 2 -> time.truncatedTo(ChronoUnit.MICROS);
            default -> time;
        };
    }

    private static List<String> edgeStrings() {
        List<String> strings = new ArrayList<>(List.of(
                "",
                " ",
                "\"",
                "\\",
                "\"quoted\" and \\escaped\\",
                "/",
                "</script>",
                "null",
                "true",
                "0",
                "\u00e9t\u00e9 \u00fcber na\u00efve",
                "\u65e5\u672c\u8a9e",
                "\u0645\u0631\u062d\u0628\u0627",
                "\uD83D\uDE00 \uD83C\uDFC3\u200D\u2640\uFE0F \uD83D\uDC4D\uD83C\uDFFD",
                "\uD800",
                "\uDFFF",
                "a\uDC00b\uD800",
                "\u2028\u2029",
                "\u007f\u0080\u009f",
                "\uFEFF\uFFFE\uFFFF",
                "x".repeat(5000)));
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            strings.add(String.valueOf(c));
            controls.append(c);
        }
        strings.add(controls.toString());
        return List.copyOf(strings);
    }
}
