package dev.eventrecords.examples.fitness;

/** What kind of workout it was. */
public enum WorkoutType {
    RUN,
    RIDE,
    SWIM,
    WALK
}
