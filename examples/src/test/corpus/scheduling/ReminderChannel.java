package com.acme.scheduling;

/** How a reminder goes out. */
public enum ReminderChannel {
    EMAIL,
    SMS,
    PUSH
}
