package com.acme.notifications;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** A polymorphic channel written as a wrapper object. */
@Event(topic = "notifications.notification-sent.v1")
public record NotificationSent(
        @Key UUID notificationId, Channel channel, String templateId, @EventTime Instant sentAt) {}
