package com.acme.analytics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;

/** A boolean named present, an object named object. */
@Event(topic = "analytics.attendance-recorded.v1")
public record AttendanceRecorded(@Key String personId, boolean present, LocalDate day, String object) {}
