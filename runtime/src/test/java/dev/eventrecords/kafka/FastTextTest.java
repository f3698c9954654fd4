package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The specialised forms must be exactly the JDK's, which is what Jackson writes. */
class FastTextTest {

    private static final long SEED = 20261126L;

    @Test
    void uuidIsItsToString() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 10_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            assertThat(text(FastText.uuid(uuid))).isEqualTo(uuid.toString());
            byte[] chars = uuid.toString().getBytes(StandardCharsets.US_ASCII);
            assertThat(FastText.parseUuid(chars, 0, chars.length)).isEqualTo(uuid);
        }
    }

    @Test
    void parseUuidReadsExactlyTheCanonicalFormInEitherCaseWhenABytesChanged() {
        SplittableRandom random = new SplittableRandom(SEED);
        java.util.regex.Pattern canonical = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        for (int i = 0; i < 100_000; i++) {
            String form = new UUID(random.nextLong(), random.nextLong()).toString();
            byte[] chars = (random.nextBoolean() ? form : form.toUpperCase(java.util.Locale.ROOT))
                    .getBytes(StandardCharsets.ISO_8859_1);
            // one byte changed (most of the time): to a neighbour, to anything, or not at all
            int at = random.nextInt(chars.length);
            switch (random.nextInt(3)) {
                case 0 -> chars[at] = (byte) (chars[at] + random.nextInt(-3, 4));
                case 1 -> chars[at] = (byte) random.nextInt(256);
                default -> {}
            }
            String text = new String(chars, StandardCharsets.ISO_8859_1);
            UUID parsed = FastText.parseUuid(chars, 0, chars.length);
            if (canonical.matcher(text).matches()) {
                assertThat(parsed).as(text).isEqualTo(UUID.fromString(text));
            } else {
                assertThat(parsed).as(text).isNull();
            }
        }
        byte[] shorter = "0123456-89ab-cdef-0123-456789abcdef".getBytes(StandardCharsets.US_ASCII);
        assertThat(FastText.parseUuid(shorter, 0, shorter.length)).isNull();
    }

    @Test
    void instantIsItsToStringInTheFourDigitYearRange() {
        SplittableRandom random = new SplittableRandom(SEED);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 10_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), nano);
            assertThat(text(FastText.instant(instant))).isEqualTo(instant.toString());
            byte[] chars = instant.toString().getBytes(StandardCharsets.US_ASCII);
            assertThat(FastText.parseInstant(chars, 0, chars.length)).isEqualTo(instant);
        }
    }

    @Test
    void instantOutsideTheFourDigitYearsFallsBack() {
        assertThat(FastText.instant(Instant.MAX)).isNull();
        assertThat(FastText.instant(Instant.MIN)).isNull();
        assertThat(FastText.instant(Instant.parse("-0001-12-31T23:59:59Z"))).isNull();
        assertThat(FastText.instant(Instant.parse("+10000-01-01T00:00:00Z"))).isNull();
    }

    @Test
    void parseInstantReadsExactlyTheCanonicalFormWhenABytesChanged() {
        SplittableRandom random = new SplittableRandom(SEED);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        java.util.regex.Pattern canonical =
                java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1000) * 1_000_000);
            byte[] chars = instant.toString().getBytes(StandardCharsets.ISO_8859_1);
            // one byte changed: to a neighbour of a digit or separator, or to anything
            int at = random.nextInt(chars.length);
            chars[at] = random.nextBoolean() ? (byte) (chars[at] + random.nextInt(-3, 4)) : (byte) random.nextInt(256);
            String text = new String(chars, StandardCharsets.ISO_8859_1);
            Instant parsed = FastText.parseInstant(chars, 0, chars.length);
            Instant jdk;
            try {
                jdk = Instant.parse(text);
            } catch (java.time.DateTimeException e) {
                jdk = null;
            }
            if (parsed != null) {
                assertThat(canonical.matcher(text).matches()).as(text).isTrue();
                assertThat(parsed).as(text).isEqualTo(jdk);
            } else if (jdk != null && canonical.matcher(text).matches()) {
                // the two forms the JDK reads and we leave to it: 24:00 and a leap second
                assertThat(text).as(text).matches(".*T24:00:00(\\.0+)?Z|.*:60(\\.\\d+)?Z");
            }
        }
    }

    @Test
    void parseInstantLeavesOtherFormsToTheJdk() {
        for (String text : new String[] {
            "2024-01-01T10:00:00+02:00", "2024-02-30T10:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:00Z",
            "2024-01-01T10:00:00.Z", "2024-01-01T10:00:00.1234567890Z", "2024-01-01 10:00:00Z", "+12024-01-01T10:00:00Z"
        }) {
            byte[] chars = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(FastText.parseInstant(chars, 0, chars.length)).as(text).isNull();
        }
    }

    @Test
    void localDateIsItsToStringInTheFourDigitYearRange() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 10_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(
                    LocalDate.of(0, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
            assertThat(text(FastText.localDate(date))).isEqualTo(date.toString());
        }
        assertThat(FastText.localDate(LocalDate.of(10_000, 1, 1))).isNull();
        assertThat(FastText.localDate(LocalDate.of(-1, 1, 1))).isNull();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
