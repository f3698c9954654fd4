package dev.eventrecords.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Specialised text forms of the values events carry most, written straight to UTF-8 bytes and read straight from
 * characters, byte-for-byte what the JDK's formatters (and so Jackson) produce. Each method covers the common range
 * and answers {@code null} outside it, where callers fall back to the JDK.
 */
final class FastText {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long SECONDS_PER_DAY = 86_400L;
    /** Days from 0000-03-01 to 1970-01-01, for the civil-from-days conversion. */
    private static final long DAYS_0000_TO_1970 = 719_468L;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z as epoch seconds: the four-digit-year range. */
    private static final long MIN_FAST_SECOND = -62_167_219_200L;

    private static final long MAX_FAST_SECOND = 253_402_300_800L;

    private FastText() {}

    /** {@link UUID#toString()} as UTF-8 bytes. */
    static byte[] uuid(UUID value) {
        return uuid(value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    /** Writes {@link UUID#toString()} into {@code out} at {@code at}, which has room for its 36 bytes; the end. */
    static int uuid(UUID value, byte[] out, int at) {
        return uuid(value.getMostSignificantBits(), value.getLeastSignificantBits(), out, at);
    }

    /** {@code new UUID(msb, lsb).toString()} as UTF-8 bytes, without the {@code UUID}. */
    static byte[] uuid(long msb, long lsb) {
        byte[] out = new byte[36];
        uuid(msb, lsb, out, 0);
        return out;
    }

    private static int uuid(long msb, long lsb, byte[] out, int at) {
        hex(out, at, msb >>> 32, 8);
        out[at + 8] = '-';
        hex(out, at + 9, msb >>> 16, 4);
        out[at + 13] = '-';
        hex(out, at + 14, msb, 4);
        out[at + 18] = '-';
        hex(out, at + 19, lsb >>> 48, 4);
        out[at + 23] = '-';
        hex(out, at + 24, lsb, 12);
        return at + 36;
    }

    private static void hex(byte[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    /**
     * The ASCII bytes of some chars, for the parsers here, which read bytes; {@code null} when a char is not ASCII.
     */
    static byte[] ascii(char[] c, int off, int len) {
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (ch >= 0x80) {
                return null;
            }
            bytes[i] = (byte) ch;
        }
        return bytes;
    }

    /**
     * Each byte's value as an ASCII hex digit, {@code -1} for any other byte: Character.digit would also take
     * full-width and other scripts' digits.
     */
    private static final byte[] HEX_VALUES = new byte[256];

    static {
        Arrays.fill(HEX_VALUES, (byte) -1);
        for (int d = 0; d < 10; d++) {
            HEX_VALUES['0' + d] = (byte) d;
        }
        for (int d = 0; d < 6; d++) {
            HEX_VALUES['a' + d] = (byte) (10 + d);
            HEX_VALUES['A' + d] = (byte) (10 + d);
        }
    }

    /**
     * Parses the canonical 36-character form, hex digits of either case; {@code null} for anything else. A table
     * lookup per digit and one check at the end: random digits and letters make a branch per digit mispredict.
     */
    static UUID parseUuid(byte[] c, int off, int len) {
        if (len != 36 || c[off + 8] != '-' || c[off + 13] != '-' || c[off + 18] != '-' || c[off + 23] != '-') {
            return null;
        }
        long time = hex(c, off, 8);
        long mid = hex(c, off + 9, 4);
        long high = hex(c, off + 14, 4);
        long sequence = hex(c, off + 19, 4);
        long node = hex(c, off + 24, 12);
        if ((time | mid | high | sequence | node) < 0) {
            return null;
        }
        return new UUID(time << 32 | mid << 16 | high, sequence << 48 | node);
    }

    /**
     * The value of a run of at most 15 ASCII hex digits, or a negative number (the sign bit set) when one is not a hex
     * digit.
     */
    private static long hex(byte[] c, int off, int digits) {
        long bad = 0;
        long value = 0;
        for (int i = 0; i < digits; i++) {
            int d = HEX_VALUES[c[off + i] & 0xFF];
            bad |= d;
            value = (value << 4) | (d & 0xF);
        }
        return value | (bad & Long.MIN_VALUE);
    }

    /** The most bytes {@link #instant(Instant, byte[], int)} and {@link #localDate(LocalDate, byte[], int)} write. */
    static final int MAX_TIME_BYTES = 30;

    /** {@link Instant#toString()} (ISO_INSTANT) as UTF-8 bytes for years 0000 to 9999; {@code null} otherwise. */
    static byte[] instant(Instant value) {
        long seconds = value.getEpochSecond();
        if (seconds < MIN_FAST_SECOND || seconds >= MAX_FAST_SECOND) {
            return null;
        }
        byte[] out = new byte[20 + fractionLength(value.getNano())];
        instant(value, out, 0);
        return out;
    }

    /** The length of ISO_INSTANT's fraction, its dot included: none, milliseconds, microseconds or nanoseconds. */
    private static int fractionLength(int nano) {
        return nano == 0 ? 0 : nano % 1_000_000 == 0 ? 4 : nano % 1000 == 0 ? 7 : 10;
    }

    /**
     * Writes {@link Instant#toString()} into {@code out} at {@code at}, which has room for {@link #MAX_TIME_BYTES},
     * for years 0000 to 9999.
     *
     * @return the end, or -1 (nothing written) for another year
     */
    static int instant(Instant value, byte[] out, int at) {
        long seconds = value.getEpochSecond();
        if (seconds < MIN_FAST_SECOND || seconds >= MAX_FAST_SECOND) {
            return -1;
        }
        int nano = value.getNano();
        int fraction = fractionLength(nano);
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        date(out, at, days);
        out[at + 10] = 'T';
        two(out, at + 11, secondOfDay / 3600);
        out[at + 13] = ':';
        two(out, at + 14, (secondOfDay / 60) % 60);
        out[at + 16] = ':';
        two(out, at + 17, secondOfDay % 60);
        if (fraction > 0) {
            out[at + 19] = '.';
            int digits = fraction - 1;
            int v = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano;
            for (int i = at + 19 + digits; i > at + 19; i--) {
                out[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
        }
        int end = at + 20 + fraction;
        out[end - 1] = 'Z';
        return end;
    }

    /** {@link LocalDate#toString()} (ISO_LOCAL_DATE) as UTF-8 bytes for years 0000 to 9999; {@code null} otherwise. */
    static byte[] localDate(LocalDate value) {
        byte[] out = new byte[10];
        return localDate(value, out, 0) < 0 ? null : out;
    }

    /**
     * Writes {@link LocalDate#toString()} into {@code out} at {@code at}, which has room for 10 bytes, for years 0000
     * to 9999.
     *
     * @return the end, or -1 (nothing written) for another year
     */
    static int localDate(LocalDate value, byte[] out, int at) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            return -1;
        }
        four(out, at, year);
        out[at + 4] = '-';
        two(out, at + 5, value.getMonthValue());
        out[at + 7] = '-';
        two(out, at + 8, value.getDayOfMonth());
        return at + 10;
    }

    /**
     * Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, the form {@link #instant} and most producers write; {@code null}
     * for anything else (offsets, other years, leap seconds), which callers hand to {@link Instant#parse}.
     */
    static Instant parseInstant(byte[] c, int off, int len) {
        if (len < 20 || len > 30 || c[off + len - 1] != 'Z') {
            return null;
        }
        if (c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T' || c[off + 13] != ':' || c[off + 16] != ':') {
            return null;
        }
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = digits(c, off + 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > lengthOfMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int nano = 0;
        int end = off + len - 1;
        int at = off + 19;
        if (at < end) {
            if (c[at] != '.' || end - at - 1 < 1 || end - at - 1 > 9) {
                return null;
            }
            int scale = 100_000_000;
            for (int i = at + 1; i < end; i++) {
                int d = c[i] - '0';
                if (d < 0 || d > 9) {
                    return null;
                }
                nano += d * scale;
                scale /= 10;
            }
        }
        long days = daysFromCivil(year, month, day);
        return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nano);
    }

    static int digits(byte[] c, int at, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = c[at + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Writes {@code yyyy-MM-dd} of an epoch day (Howard Hinnant's civil-from-days). */
    private static void date(byte[] out, int at, long epochDay) {
        long z = epochDay + DAYS_0000_TO_1970;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        four(out, at, year);
        out[at + 4] = '-';
        two(out, at + 5, month);
        out[at + 7] = '-';
        two(out, at + 8, day);
    }

    private static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - DAYS_0000_TO_1970;
    }

    private static void two(byte[] out, int at, int v) {
        out[at] = (byte) ('0' + v / 10);
        out[at + 1] = (byte) ('0' + v % 10);
    }

    private static void four(byte[] out, int at, int v) {
        out[at] = (byte) ('0' + v / 1000);
        out[at + 1] = (byte) ('0' + (v / 100) % 10);
        out[at + 2] = (byte) ('0' + (v / 10) % 10);
        out[at + 3] = (byte) ('0' + v % 10);
    }
}
