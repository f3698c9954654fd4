package com.acme.scheduling;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** @JsonFormat patterns on a LocalDate and a LocalTime; a ZoneId. */
@Event(topic = "scheduling.appointment-booked.v1")
public record AppointmentBooked(
        @Key UUID appointmentId,
        @JsonFormat(pattern = "yyyy-MM-dd") LocalDate day,
        @JsonFormat(pattern = "HH:mm") LocalTime startsAt,
        Duration length,
        ZoneId zone,
        String practitionerId) {}
