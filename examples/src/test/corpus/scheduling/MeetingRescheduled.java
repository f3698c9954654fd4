package com.acme.scheduling;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** European date-time patterns on LocalDateTimes. */
@Event(topic = "scheduling.meeting-rescheduled.v1")
public record MeetingRescheduled(
        @Key UUID meetingId,
        @JsonFormat(pattern = "dd/MM/yyyy HH:mm") LocalDateTime previousStart,
        @JsonFormat(pattern = "dd/MM/yyyy HH:mm") LocalDateTime newStart,
        Optional<String> reason) {}
