package com.acme.scheduling;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Set;

/** A MonthDay and a set of Locales. */
@Event(topic = "scheduling.holiday-declared.v1")
public record HolidayDeclared(@Key String calendarId, MonthDay date, String name, Set<Locale> observedIn) {
    public HolidayDeclared {
        observedIn = Set.copyOf(observedIn);
    }
}
