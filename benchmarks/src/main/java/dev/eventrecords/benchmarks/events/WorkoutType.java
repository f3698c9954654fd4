package dev.eventrecords.benchmarks.events;

/** What kind of workout was done. */
public enum WorkoutType {
    RUN,
    RIDE,
    SWIM,
    ROW,
    WALK
}
