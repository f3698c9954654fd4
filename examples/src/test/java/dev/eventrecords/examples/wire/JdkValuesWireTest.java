package dev.eventrecords.examples.wire;

import java.time.DayOfWeek;
import java.time.Month;
import org.apache.kafka.common.serialization.Serde;

/**
 * The wire contract for {@code URI}, {@code Locale}, {@code Currency}, {@code ZoneId}, {@code ZoneOffset},
 * {@code OffsetTime}, {@code MonthDay}, {@code Month} (a number, as Jackson 3 writes it), {@code DayOfWeek} (an enum by
 * name), and maps keyed by every kind of key: {@code UUID}, the boxed integral types, {@code LocalDate} and enums (one
 * whose {@code toString()} is not its name, and {@code Month}, whose keys are names though its values are numbers).
 */
class JdkValuesWireTest extends WireContract<JdkValuesRecorded> {

    @Override
    Serde<JdkValuesRecorded> serde() {
        return new JdkValuesRecordedSerde();
    }

    @Override
    Class<JdkValuesRecorded> eventClass() {
        return JdkValuesRecorded.class;
    }

    @Override
    JdkValuesRecorded randomEvent(EdgeCaseRandom r) {
        return new JdkValuesRecorded(
                r.orNull(r::nextUri),
                r.orNull(r::nextLocale),
                r.orNull(r::nextCurrency),
                r.orNull(r::nextZoneId),
                r.orNull(r::nextZoneOffset),
                r.orNull(r::nextOffsetTime),
                r.orNull(r::nextMonthDay),
                r.orNull(() -> r.nextEnum(Month.class)),
                r.orNull(() -> r.nextEnum(DayOfWeek.class)),
                r.orNull(() -> r.map(r::nextUuid, () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(r::nextByte, () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(r::nextShort, () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(r::nextInt, () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(r::nextLong, () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(r::nextLocalDate, () -> r.orNull(r::nextInt))),
                r.orNull(() -> r.map(() -> r.nextEnum(Colour.class), () -> r.orNull(r::nextLong))),
                r.orNull(() -> r.map(() -> r.nextEnum(Priority.class), () -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(() -> r.nextEnum(Month.class), () -> r.orNull(r::nextInt))),
                r.orNull(() -> r.map(() -> r.nextEnum(DayOfWeek.class), () -> r.orNull(r::nextOffsetTime))));
    }

    /** Random instances favour edge values: its value types are bridged to the parser path, value by value. */
    @Override
    double byteReaderShare() {
        return 0.95;
    }
}
