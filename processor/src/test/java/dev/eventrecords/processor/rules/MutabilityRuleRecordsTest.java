package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertCompiles;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertErrors;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;

import org.junit.jupiter.api.Test;

/** Records, classes and sealed families: immutable only when everything reachable from them is. */
class MutabilityRuleRecordsTest {

    @Test
    void acceptsRecordsNestedThreeDeep() {
        assertCompiles(compile(source("ShipmentDispatched", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record ShipmentDispatched(String id, Parcel parcel) {}
                record Parcel(String label, Address to) {}
                record Address(String street, City city) {}
                record City(String name, List<String> postcodes) {
                    City {
                        postcodes = List.copyOf(postcodes);
                    }
                }
                """)));
    }

    @Test
    void rejectsMutablePartThreeRecordsDeepWithItsPath() {
        var compilation = compile(source("ShipmentDispatched", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShipmentDispatched(String id, Parcel parcel) {}
                record Parcel(String label, Address to) {}
                record Address(String street, City city) {}
                record City(String name, java.util.Date founded) {}
                """));
        assertErrors(
                compilation,
                "4: 'ShipmentDispatched' component 'parcel' of type 'Parcel': component 'to' of 'Parcel' of type"
                        + " 'Address': component 'city' of 'Address' of type 'City': component 'founded' of 'City' of"
                        + " type 'Date': 'Date' is mutable; use 'java.time.Instant'");
    }

    @Test
    void rejectsUncopiedListInANestedRecord() {
        var compilation = compile(source("OrderPlaced", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record OrderPlaced(String id, List<Line> lines) {
                    public OrderPlaced {
                        lines = List.copyOf(lines);
                    }
                }
                record Line(String sku, List<String> tags) {}
                """));
        assertErrors(
                compilation,
                "5: 'OrderPlaced' component 'lines' of type 'List<Line>': element type 'Line': component 'tags' of"
                        + " 'Line' of type 'List<String>' is not copied: add 'tags = List.copyOf(tags);' to a compact"
                        + " constructor");
    }

    @Test
    void acceptsACycleBetweenRecords() {
        assertAccepted(compile(source("TreePlanted", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;
                @Event
                public record TreePlanted(String id, Node root) {}
                record Node(String name, List<Edge> edges) {
                    Node {
                        edges = List.copyOf(edges);
                    }
                }
                record Edge(int weight, Optional<Node> target) {}
                """)));
    }

    @Test
    void rejectsACycleBetweenRecordsWithAMutableMember() {
        var compilation = compile(source("TreePlanted", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Optional;
                @Event
                public record TreePlanted(String id, Node root) {}
                record Node(String name, Optional<Edge> edge) {}
                record Edge(Optional<Node> target, StringBuilder label) {}
                """));
        assertErrors(
                compilation,
                "5: 'TreePlanted' component 'root' of type 'Node': component 'edge' of 'Node' of type"
                        + " 'Optional<Edge>': value type 'Edge': component 'label' of 'Edge' of type 'StringBuilder':"
                        + " 'StringBuilder' is mutable; use 'java.lang.String'");
    }

    @Test
    void acceptsAnEventThatRefersBackToItself() {
        assertAccepted(compile(source("CommentPosted", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Optional;
                @Event
                public record CommentPosted(String text, Optional<CommentPosted> inReplyTo) {}
                """)));
    }

    @Test
    void acceptsSealedFamilyOfImmutableRecords() {
        assertAccepted(compile(source("ShapeDrawn", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShapeDrawn(String id, Shape shape) {}
                sealed interface Shape permits Circle, Square, Polygon {}
                record Circle(double radius) implements Shape {}
                record Square(double side) implements Shape {}
                sealed interface Polygon extends Shape permits Triangle {}
                record Triangle(double a, double b, double c) implements Polygon {}
                """)));
    }

    @Test
    void rejectsSealedFamilyWithOneMutableMember() {
        var compilation = compile(source("ShapeDrawn", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShapeDrawn(String id, Shape shape) {}
                sealed interface Shape permits Circle, Square {}
                record Circle(double radius) implements Shape {}
                record Square(double side, double[] corners) implements Shape {}
                """));
        assertErrors(
                compilation,
                "4: 'ShapeDrawn' component 'shape' of type 'Shape': permitted subtype 'Square' of 'Shape': component"
                        + " 'corners' of 'Square' of type 'double[]': arrays are mutable; use 'List<Double>' and copy it"
                        + " in a compact constructor");
    }

    @Test
    void rejectsSealedFamilyWithANonSealedMember() {
        var compilation = compile(source("ShapeDrawn", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShapeDrawn(String id, Shape shape) {}
                sealed interface Shape permits Circle, Freeform {}
                record Circle(double radius) implements Shape {}
                non-sealed class Freeform implements Shape {}
                """));
        assertErrors(
                compilation,
                "4: 'ShapeDrawn' component 'shape' of type 'Shape': permitted subtype 'Freeform' of 'Shape':"
                        + " 'Freeform' is not final, so a subclass may add mutable state; make it final");
    }

    @Test
    void rejectsInterfaceThatIsNotSealed() {
        var compilation = compile(source("ShapeDrawn", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShapeDrawn(String id, Shape shape) {}
                interface Shape {}
                """));
        assertErrors(
                compilation,
                "4: 'ShapeDrawn' component 'shape' of type 'Shape': 'Shape' is an interface that is not sealed, so"
                        + " nothing proves its implementations immutable; seal it or use a record");
    }

    @Test
    void acceptsGenericRecordOfImmutableType() {
        assertAccepted(compile(source("RangeSelected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record RangeSelected(String id, Pair<String> range) {}
                record Pair<T>(T first, T second) {}
                """)));
    }

    @Test
    void rejectsGenericRecordOfMutableType() {
        var compilation = compile(source("RangeSelected", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Date;
                @Event
                public record RangeSelected(String id, Pair<Date> range) {}
                record Pair<T>(T first, T second) {}
                """));
        assertErrors(
                compilation,
                "5: 'RangeSelected' component 'range' of type 'Pair<Date>': component 'first' of 'Pair' of type"
                        + " 'Date': 'Date' is mutable; use 'java.time.Instant'");
    }

    @Test
    void rejectsFieldThatIsNotFinal() {
        var compilation = compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DeviceConnected(String deviceId, GeoPoint location) {}
                final class GeoPoint {
                    private double lat;
                    private final double lon;
                    GeoPoint(double lat, double lon) {
                        this.lat = lat;
                        this.lon = lon;
                    }
                }
                """));
        assertErrors(
                compilation,
                "4: 'DeviceConnected' component 'location' of type 'GeoPoint': field 'lat' of 'GeoPoint' is not final");
    }

    @Test
    void acceptsFinalClassWithFinalImmutableFields() {
        assertAccepted(compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DeviceConnected(String deviceId, GeoPoint location) {}
                final class GeoPoint {
                    private static int created;
                    private final double lat;
                    private final double lon;
                    private final String datum;
                    GeoPoint(double lat, double lon, String datum) {
                        this.lat = lat;
                        this.lon = lon;
                        this.datum = datum;
                        created++;
                    }
                }
                """)));
    }

    @Test
    void rejectsClassThatIsNotFinal() {
        var compilation = compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DeviceConnected(String deviceId, GeoPoint location) {}
                class GeoPoint {
                    private final double lat = 0;
                }
                """));
        assertErrors(
                compilation,
                "4: 'DeviceConnected' component 'location' of type 'GeoPoint': 'GeoPoint' is not final, so a subclass"
                        + " may add mutable state; make it final");
    }

    @Test
    void rejectsAbstractClass() {
        var compilation = compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DeviceConnected(String deviceId, Position location) {}
                abstract class Position {
                    private final double lat = 0;
                }
                """));
        assertErrors(
                compilation,
                "4: 'DeviceConnected' component 'location' of type 'Position': 'Position' is abstract and not sealed,"
                        + " so nothing proves its subclasses immutable");
    }

    @Test
    void rejectsMutableFieldInheritedFromASuperclass() {
        var compilation = compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DeviceConnected(String deviceId, GeoPoint location) {}
                abstract class Position {
                    protected long version;
                }
                final class GeoPoint extends Position {
                    private final double lat = 0;
                }
                """));
        assertErrors(
                compilation,
                "4: 'DeviceConnected' component 'location' of type 'GeoPoint': field 'version' of 'Position' is not"
                        + " final");
    }

    @Test
    void rejectsFinalFieldOfMutableType() {
        var compilation = compile(source("DeviceConnected", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record DeviceConnected(String deviceId, Track track) {}
                final class Track {
                    private final String name = "";
                    private final List<String> points = List.of();
                }
                """));
        assertErrors(
                compilation,
                "5: 'DeviceConnected' component 'track' of type 'Track': field 'points' of 'Track' of type"
                        + " 'List<String>' is assigned in its declaration, where no copy is checked; assign"
                        + " 'this.points = List.copyOf(...)' of the argument in every constructor");
    }

    @Test
    void acceptsSealedAbstractClassWithFinalSubclasses() {
        assertAccepted(compile(source("PaymentTaken", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record PaymentTaken(String id, Method method) {}
                abstract sealed class Method permits Card, Cash {
                    private final String currency = "EUR";
                }
                final class Card extends Method {
                    private final String last4 = "1234";
                }
                final class Cash extends Method {}
                """)));
    }

    @Test
    void rejectsSealedAbstractClassWithAMutableSubclass() {
        var compilation = compile(source("PaymentTaken", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record PaymentTaken(String id, Method method) {}
                abstract sealed class Method permits Card, Cash {}
                final class Card extends Method {
                    private String last4 = "1234";
                }
                final class Cash extends Method {}
                """));
        assertErrors(
                compilation,
                "4: 'PaymentTaken' component 'method' of type 'Method': permitted subtype 'Card' of 'Method': field"
                        + " 'last4' of 'Card' is not final");
    }

    @Test
    void rejectsClassThatWrapsAMutableJdkType() {
        var compilation = compile(source("AlarmSet", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.concurrent.atomic.AtomicInteger;
                @Event
                public record AlarmSet(String id, Counter counter) {}
                final class Counter {
                    private final AtomicInteger value = new AtomicInteger();
                }
                """));
        assertErrors(
                compilation,
                "5: 'AlarmSet' component 'counter' of type 'Counter': field 'value' of 'Counter' of type"
                        + " 'AtomicInteger': 'AtomicInteger' is mutable; use 'int'");
    }

    @Test
    void rejectsRecordImplementingAnOpenInterfaceOnlyWhereItIsUsed() {
        var compilation = compile(source("ShapeDrawn", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ShapeDrawn(Circle circle, Shape shape) {}
                interface Shape {}
                record Circle(double radius) implements Shape {}
                """));
        assertErrors(
                compilation,
                "4: 'ShapeDrawn' component 'shape' of type 'Shape': 'Shape' is an interface that is not sealed, so"
                        + " nothing proves its implementations immutable; seal it or use a record");
    }

    @Test
    void acceptsGenericSealedFamilyOfAnImmutableType() {
        assertAccepted(compile(source("LookupFinished", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record LookupFinished(String id, Result<String> result) {}
                sealed interface Result<T> permits Found, Missing {}
                record Found<T>(T value) implements Result<T> {}
                record Missing<T>(String reason) implements Result<T> {}
                """)));
    }

    @Test
    void rejectsGenericSealedFamilyOfAMutableType() {
        var compilation = compile(source("LookupFinished", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Date;
                @Event
                public record LookupFinished(String id, Result<Date> result) {}
                sealed interface Result<T> permits Found, Missing {}
                record Found<T>(T value) implements Result<T> {}
                record Missing<T>(String reason) implements Result<T> {}
                """));
        assertErrors(
                compilation,
                "5: 'LookupFinished' component 'result' of type 'Result<Date>': permitted subtype 'Found<Date>' of"
                        + " 'Result': component 'value' of 'Found' of type 'Date': 'Date' is mutable; use"
                        + " 'java.time.Instant'");
    }
}
