package com.acme.notifications;

/** How often a digest goes out. */
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
}
