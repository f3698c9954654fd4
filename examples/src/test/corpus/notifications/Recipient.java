package com.acme.notifications;

import java.util.UUID;

/** A sealed interface without @JsonTypeInfo: Jackson writes no type id, so it cannot read one back. */
public sealed interface Recipient permits Recipient.User, Recipient.Group {
    record User(UUID userId) implements Recipient {}

    record Group(String groupName, int size) implements Recipient {}
}
