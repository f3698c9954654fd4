package com.acme.telemetry;

import java.util.Locale;

/** Alert severities, written lower-case by toString(). */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
