package com.acme.platform;

/** A base interface that names the event type with a getter, as many code bases do. */
public interface IntegrationEvent {
    default String getEventType() {
        return getClass().getSimpleName();
    }
}
