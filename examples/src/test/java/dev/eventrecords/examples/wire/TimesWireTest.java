package dev.eventrecords.examples.wire;

import org.apache.kafka.common.serialization.Serde;

/**
 * The wire contract for every {@code java.time} type, from the first to the last representable value. Zoned
 * date-times carry offsets as zones: only those round-trip exactly (see {@code Codecs.ZONED_DATE_TIME}).
 */
class TimesWireTest extends WireContract<TimesObserved> {

    @Override
    Serde<TimesObserved> serde() {
        return new TimesObservedSerde();
    }

    @Override
    Class<TimesObserved> eventClass() {
        return TimesObserved.class;
    }

    @Override
    TimesObserved randomEvent(EdgeCaseRandom r) {
        return new TimesObserved(
                r.orNull(r::nextInstant),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalTime),
                r.orNull(r::nextOffsetDateTime),
                r.orNull(r::nextZonedDateTime),
                r.orNull(r::nextDuration),
                r.orNull(r::nextPeriod),
                r.orNull(r::nextYear),
                r.orNull(r::nextYearMonth));
    }

    /** Random instances favour edge values: edge instants and dates (years past 9999, before 0) are the parser path's to read. */
    @Override
    double byteReaderShare() {
        return 0.2;
    }
}
