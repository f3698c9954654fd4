package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertCompiles;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertErrors;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Value types, well-known mutable JDK types and the types nothing proves immutable. */
class MutabilityRuleTypesTest {

    private static String event(String type) {
        return """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ReadingTaken(String id, %s value) {}
                """.formatted(type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "int",
                "long",
                "double",
                "boolean",
                "Integer",
                "Long",
                "java.util.UUID",
                "java.math.BigDecimal",
                "java.math.BigInteger",
                "java.time.Instant",
                "java.time.LocalDate",
                "java.time.OffsetDateTime",
                "java.time.ZonedDateTime",
                "java.time.Duration",
                "java.time.YearMonth",
                "java.util.OptionalInt",
                "java.util.OptionalDouble",
                "java.util.Optional<String>",
                "java.util.Optional<java.time.Instant>",
                "dev.eventrecords.Bytes"
            })
    void acceptsImmutableValueTypes(String type) {
        assertCompiles(compile(source("ReadingTaken", event(type))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "java.net.URI",
                "java.util.Locale",
                "java.util.Currency",
                "java.util.regex.Pattern",
                "java.time.MonthDay",
                "java.time.ZoneId",
                "java.time.DayOfWeek"
            })
    void acceptsImmutableTypesTheSerdeDoesNotCarry(String type) {
        assertAccepted(compile(source("ReadingTaken", event(type))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "java.util.Date | 'Date' is mutable; use 'java.time.Instant'",
                "java.util.Calendar | 'Calendar' is mutable; use 'java.time.ZonedDateTime'",
                "java.sql.Timestamp | 'Timestamp' is mutable; use 'java.time.Instant'",
                "java.sql.Date | 'Date' is mutable; use 'java.time.LocalDate'",
                "StringBuilder | 'StringBuilder' is mutable; use 'java.lang.String'",
                "StringBuffer | 'StringBuffer' is mutable; use 'java.lang.String'",
                "java.util.concurrent.atomic.AtomicLong | 'AtomicLong' is mutable; use 'long'",
                "java.util.concurrent.atomic.AtomicReference<String> | 'AtomicReference<String>' is mutable",
                "java.nio.ByteBuffer | 'ByteBuffer' is mutable, as every 'Buffer' is; use 'dev.eventrecords.Bytes'",
                "java.util.Iterator<String> | 'Iterator<String>' is mutable; use 'List'",
                "Object | 'Object' may hold any value, which nothing proves immutable",
                "java.util.ArrayList<String> | 'ArrayList<String>' is a modifiable collection;"
                        + " use 'List<String>' and copy it in a compact constructor",
                "java.util.HashMap<String, Integer> | 'HashMap<String, Integer>' is a modifiable collection;"
                        + " use 'Map<String, Integer>' and copy it in a compact constructor",
                "java.util.TreeSet<String> | 'TreeSet<String>' is a modifiable collection;"
                        + " use 'Set<String>' and copy it in a compact constructor",
                "java.util.ArrayDeque<String> | 'ArrayDeque<String>' is a modifiable collection;"
                        + " use 'List<String>' and copy it in a compact constructor",
                "int[] | arrays are mutable; use 'List<Integer>' and copy it in a compact constructor",
                "String[] | arrays are mutable; use 'List<String>' and copy it in a compact constructor",
                "Runnable | 'Runnable' is an interface that is not sealed, so nothing proves its implementations"
                        + " immutable; seal it or use a record",
                "CharSequence | 'CharSequence' is mutable; use 'java.lang.String'",
                "Number | 'Number' is mutable; use 'java.math.BigDecimal'"
            })
    void rejectsMutableTypes(String type, String why) {
        String shown = type.replaceAll("\\b[a-z]+\\.", "").replace("java.", "");
        assertErrors(
                compile(source("ReadingTaken", event(type))),
                "4: 'ReadingTaken' component 'value' of type '" + shown + "': " + why);
    }

    @Test
    void rejectsByteArrayWithBytesAsTheFix() {
        var compilation = compile(source("ReportGenerated", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ReportGenerated(String reportId,
                                              byte[] pdf) {}
                """));
        assertErrors(
                compilation,
                "5: 'ReportGenerated' component 'pdf' of type 'byte[]': arrays are mutable; use"
                        + " 'dev.eventrecords.Bytes'");
    }

    @Test
    void acceptsBytes() {
        assertCompiles(compile(source("ReportGenerated", """
                package com.example;
                import dev.eventrecords.Bytes;
                import dev.eventrecords.Event;
                @Event
                public record ReportGenerated(String reportId, Bytes pdf) {}
                """)));
    }

    @Test
    void acceptsEnums() {
        assertCompiles(compile(source("DoorOpened", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record DoorOpened(String doorId, Side side) {}
                enum Side { FRONT, BACK }
                """)));
    }

    @Test
    void rejectsOptionalOfAMutableType() {
        var compilation = compile(source("ReadingTaken", event("java.util.Optional<java.util.Date>")));
        assertErrors(
                compilation,
                "4: 'ReadingTaken' component 'value' of type 'Optional<Date>': value type 'Date': 'Date' is mutable;"
                        + " use 'java.time.Instant'");
    }

    @Test
    void rejectsJacksonTreeNodes() {
        var treeNode = source("TreeNodeStub", """
                package com.example;
                """);
        var node =
                com.google.testing.compile.JavaFileObjects.forSourceString("com.fasterxml.jackson.core.TreeNode", """
                package com.fasterxml.jackson.core;
                public interface TreeNode {}
                """);
        var objectNode = com.google.testing.compile.JavaFileObjects.forSourceString(
                "com.fasterxml.jackson.databind.node.ObjectNode", """
                package com.fasterxml.jackson.databind.node;
                public final class ObjectNode implements com.fasterxml.jackson.core.TreeNode {
                    private final String text = "";
                }
                """);
        var compilation = compile(
                treeNode,
                node,
                objectNode,
                source("ReadingTaken", event("com.fasterxml.jackson.databind.node.ObjectNode")));
        assertErrors(
                compilation,
                "4: 'ReadingTaken' component 'value' of type 'ObjectNode': 'ObjectNode' is mutable, as every"
                        + " 'TreeNode' is; use a record");
    }

    @Test
    void reportsEveryComponentInOneCompile() {
        var compilation = compile(source("ProfileUpdated", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Date;
                import java.util.List;
                @Event
                public record ProfileUpdated(
                        String userId,
                        Date updatedAt,
                        List<String> nicknames,
                        int[] scores,
                        StringBuilder bio) {}
                """));
        assertErrors(
                compilation,
                "8: 'ProfileUpdated' component 'updatedAt' of type 'Date': 'Date' is mutable; use 'java.time.Instant'",
                "9: 'ProfileUpdated' component 'nicknames' of type 'List<String>' is not copied:"
                        + " add 'nicknames = List.copyOf(nicknames);' to a compact constructor",
                "10: 'ProfileUpdated' component 'scores' of type 'int[]': arrays are mutable; use 'List<Integer>' and"
                        + " copy it in a compact constructor",
                "11: 'ProfileUpdated' component 'bio' of type 'StringBuilder': 'StringBuilder' is mutable;"
                        + " use 'java.lang.String'");
    }

    @Test
    void honoursSuppressWarnings() {
        assertAccepted(compile(source("ReportGenerated", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                @SuppressWarnings("eventrecords:mutable")
                public record ReportGenerated(String reportId, java.util.Date at) {}
                """)));
    }

    @Test
    void honoursSuppressWarningsOnOneComponent() {
        var compilation = compile(source("ReportGenerated", """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record ReportGenerated(
                        String reportId,
                        @SuppressWarnings("eventrecords:mutable") java.util.Date at,
                        java.util.Date sentAt) {}
                """));
        assertErrors(
                compilation,
                "7: 'ReportGenerated' component 'sentAt' of type 'Date': 'Date' is mutable; use 'java.time.Instant'");
    }
}
