package dev.eventrecords.examples.wire;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records nested several deep (event, leg, waypoint, position, elevation), a list of records, an {@code Optional} of
 * a record, a set of records, a map of records and a map of lists of records. The map of lists is copied deeply, which
 * the immutability rule (one level of copy) cannot see, so that component suppresses it.
 */
@Event(topic = "wire.routes")
public record RoutePlanned(
        @Key long routeId,
        String name,
        Leg firstLeg,
        List<Leg> legs,
        Optional<Waypoint> destination,
        Set<Waypoint> landmarks,
        Map<String, Waypoint> waypointsByName,
        @SuppressWarnings("eventrecords:mutable") Map<String, List<Waypoint>> alternatives) {

    public RoutePlanned {
        legs = legs == null ? null : Collections.unmodifiableList(new ArrayList<>(legs));
        landmarks = landmarks == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(landmarks));
        waypointsByName =
                waypointsByName == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(waypointsByName));
        alternatives = copyOfLists(alternatives);
    }

    private static Map<String, List<Waypoint>> copyOfLists(Map<String, List<Waypoint>> lists) {
        if (lists == null) {
            return null;
        }
        Map<String, List<Waypoint>> copies = new LinkedHashMap<>();
        lists.forEach((key, list) ->
                copies.put(key, list == null ? null : Collections.unmodifiableList(new ArrayList<>(list))));
        return Collections.unmodifiableMap(copies);
    }

    /** One leg of the route. */
    public record Leg(Waypoint from, Waypoint to, Duration expected, Optional<Waypoint> via) {}

    /** A named place. */
    public record Waypoint(String label, Position position) {}

    /** Where on earth. */
    public record Position(double latitude, double longitude, Elevation elevation) {}

    /** Height above a datum, the deepest record. */
    public record Elevation(BigDecimal metres, Optional<String> datum) {}
}
