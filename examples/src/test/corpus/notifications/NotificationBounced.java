package com.acme.notifications;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.UUID;

/** A sealed interface with no @JsonTypeInfo. */
@Event(topic = "notifications.notification-bounced.v1")
public record NotificationBounced(@Key UUID notificationId, Recipient recipient, String bounceReason) {}
