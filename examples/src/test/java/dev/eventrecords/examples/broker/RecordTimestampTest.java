package dev.eventrecords.examples.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The record timestamp of the generated bindings: the producer's by default, the event time only with
 * {@code @EventTime(recordTimestamp = true)}, and then never one the broker would delete or refuse.
 */
class RecordTimestampTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void byDefaultTheTimestampIsLeftToTheProducerAndCeTimeCarriesTheEventTime() {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));

        ProducerRecord<String, StepsCounted> record =
                new StepsCountedTopic().record(new StepsCounted("tracker-1", eightDaysAgo, 5000));

        assertThat(record.timestamp()).isNull();
        assertThat(ceTime(record)).isEqualTo(eightDaysAgo);
    }

    @Test
    void byDefaultAnEventTimeAnHourAheadIsNoProblemEither() {
        Instant ahead = Instant.now().plus(Duration.ofHours(3));

        ProducerRecord<String, StepsCounted> record =
                new StepsCountedTopic().record(new StepsCounted("tracker-1", ahead, 1));

        assertThat(record.timestamp()).isNull();
        assertThat(ceTime(record)).isEqualTo(ahead);
    }

    @Test
    void anOptedInEventTimeWithinTheRetentionIsTheTimestamp() {
        Instant sixDaysAgo = Instant.now().minus(Duration.ofDays(6));

        ProducerRecord<String, PulseMeasured> record =
                new PulseMeasuredTopic().record(new PulseMeasured("tracker-2", sixDaysAgo, 61));

        assertThat(record.timestamp()).isEqualTo(sixDaysAgo.toEpochMilli());
        assertThat(ceTime(record)).isEqualTo(sixDaysAgo);
    }

    @Test
    void anOptedInEventTimeOlderThanTheRetentionIsRefusedNamingTheEventTheTimeAndTheLimit() {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        PulseMeasured event = new PulseMeasured("tracker-2", eightDaysAgo, 61);
        Instant before = Instant.now();

        assertThatThrownBy(() -> new PulseMeasuredTopic().record(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'PulseMeasured' (type 'dev.eventrecords.examples.broker.PulseMeasured')"
                        + " has event time " + eightDaysAgo + ", older than topic 'broker.pulses' keeps records"
                        + " (retention 7 days, limit ")
                .hasMessageContaining("the broker would delete the acknowledged record")
                .satisfies(e -> assertThat(limit(e.getMessage()))
                        .isBetween(before.minus(WEEK), Instant.now().minus(WEEK)));
    }

    @Test
    void anOptedInEventTimeMoreThanAnHourAheadIsRefusedNamingTheEventTheTimeAndTheLimit() {
        Instant ahead = Instant.now().plus(Duration.ofMinutes(61));
        Instant before = Instant.now();

        assertThatThrownBy(() -> new PulseMeasuredTopic().record(new PulseMeasured("tracker-2", ahead, 61)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'PulseMeasured' (type 'dev.eventrecords.examples.broker.PulseMeasured')"
                        + " has event time " + ahead + ", more than 1 hour ahead of the clock (limit ")
                .hasMessageContaining("log.message.timestamp.after.max.ms")
                .satisfies(e -> assertThat(limit(e.getMessage()))
                        .isBetween(
                                before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1))));
    }

    @Test
    void anOptedInEventTimeJustUnderAnHourAheadIsTheTimestamp() {
        Instant ahead = Instant.now().plus(Duration.ofMinutes(59));

        ProducerRecord<String, PulseMeasured> record =
                new PulseMeasuredTopic().record(new PulseMeasured("tracker-2", ahead, 61));

        assertThat(record.timestamp()).isEqualTo(ahead.toEpochMilli());
    }

    @Test
    void anOptedInEventTimeBefore1970IsRefused() {
        Instant old = Instant.parse("1969-12-31T23:59:59Z");

        assertThatThrownBy(() -> new OrderShippedTopic()
                        .record(new OrderShipped(UUID.randomUUID(), old.atOffset(ZoneOffset.UTC), "DHL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "'OrderShipped' (type 'shop.OrderShipped') has event time " + old + ", before 1970");
    }

    @Test
    void anOptedInTopicWithoutRetentionInItsSpecTakesAnOldEventTime() {
        Instant old = Instant.parse("2024-05-01T10:15:30Z");

        ProducerRecord<UUID, OrderShipped> record = new OrderShippedTopic()
                .record(new OrderShipped(UUID.randomUUID(), old.atOffset(ZoneOffset.UTC), "DHL"));

        assertThat(record.timestamp()).isEqualTo(old.toEpochMilli());
    }

    @Test
    void aNullOptedInEventTimeLeavesTheTimestampToTheProducer() {
        ProducerRecord<String, PulseMeasured> record =
                new PulseMeasuredTopic().record(new PulseMeasured("tracker-2", null, 61));

        assertThat(record.timestamp()).isNull();
    }

    @Test
    void inAFamilyEachMemberKeepsItsOwnChoice() {
        TrackerEventTopic trackers = new TrackerEventTopic();
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        Instant oneDayAgo = Instant.now().minus(Duration.ofDays(1));

        assertThat(trackers.record(new TrackerPaired("tracker-3", eightDaysAgo)).timestamp())
                .isNull();
        assertThat(trackers.record(new TrackerSynced("tracker-3", oneDayAgo)).timestamp())
                .isEqualTo(oneDayAgo.toEpochMilli());
        assertThatThrownBy(() -> trackers.record(new TrackerSynced("tracker-3", eightDaysAgo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'TrackerSynced' (type 'dev.eventrecords.examples.broker.TrackerSynced')"
                        + " has event time " + eightDaysAgo + ", older than topic 'broker.trackers' keeps records"
                        + " (retention 7 days, limit ");
    }

    private static Instant ceTime(ProducerRecord<?, ?> record) {
        return Instant.parse(new String(record.headers().lastHeader("ce_time").value(), StandardCharsets.UTF_8));
    }

    /** The instant after "limit " in a message. */
    private static Instant limit(String message) {
        int start = message.indexOf("limit ") + "limit ".length();
        return Instant.parse(message.substring(start, message.indexOf(')', start)));
    }
}
