package dev.eventrecords.examples.payload;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A temperature that its compact constructor checks. */
@Event(topic = "payload.temperatures")
public record TemperatureLogged(@Key String sensorId, double celsius) {
    public TemperatureLogged {
        if (celsius < -273.15) {
            throw new IllegalArgumentException(celsius + " \u00b0C is below absolute zero");
        }
    }
}
