package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class EventTimeRuleTest {

    @Test
    void rejectsTwoEventTimes() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import java.time.Instant;

                @Event
                public record ShipmentDelivered(
                        @EventTime Instant deliveredAt,
                        @EventTime Instant scannedAt) {}
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:event-time] event 'ShipmentDelivered' has more than one"
                        + " '@EventTime' component: 'deliveredAt' and 'scannedAt'; an event has one time,"
                        + " written as its 'ce_time' header; keep '@EventTime' on the moment the event happened",
                10);
    }

    @Test
    void rejectsEventTimeThatIsNotAnInstantOnTheTimeLine() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import java.time.LocalDateTime;

                @Event
                public record ShipmentDelivered(
                        String id,
                        @EventTime LocalDateTime deliveredAt) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:event-time] event 'ShipmentDelivered' has event time"
                        + " 'deliveredAt' of type 'LocalDateTime', which is not an instant on the time-line, so it"
                        + " cannot be the event's 'ce_time' or its record timestamp; use 'Instant', 'OffsetDateTime' or 'ZonedDateTime'",
                10);
    }

    @Test
    void rejectsEventTimeOfAPrimitiveLong() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;

                @Event
                public record ShipmentDelivered(@EventTime long epochMillis) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:event-time] event 'ShipmentDelivered' has event time" + " 'epochMillis' of type 'long'",
                7);
    }

    @Test
    void acceptsInstantOffsetAndZonedTimes() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import java.time.*;

                public final class Times {
                    @Event record ParcelScanned(@EventTime Instant at) {}
                    @Event record ParcelLoaded(@EventTime OffsetDateTime at) {}
                    @Event record ParcelDelivered(@EventTime ZonedDateTime at) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
