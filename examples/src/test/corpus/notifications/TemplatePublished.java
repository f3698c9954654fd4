package com.acme.notifications;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A polymorphic value whose type id is one of its own properties. */
@Event(topic = "notifications.template-published.v1")
public record TemplatePublished(@Key String templateId, int version, Template template) {}
