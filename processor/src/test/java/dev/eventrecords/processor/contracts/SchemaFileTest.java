package dev.eventrecords.processor.contracts;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The schema file each event gets in the class output, {@code META-INF/eventrecords/schemas/<event type>.json}. */
class SchemaFileTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchema DRAFT_07 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of(JsonSchemas.DRAFT_07));

    private static final String ORDER_PLACED = """
            package com.acme.shop;

            import dev.eventrecords.Event;
            import dev.eventrecords.EventTime;
            import dev.eventrecords.Key;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;
            import java.util.Objects;
            import java.util.Optional;

            @Event(topic = "shop.orders", type = "com.acme.order-placed.v1")
            public record OrderPlaced(@Key String orderId, @EventTime Instant placedAt, int quantity,
                    Status status, Address shipTo, List<Line> lines, Map<String, Long> counts,
                    Optional<String> note) {
                public enum Status { NEW, PAID }
                public record Address(String street, Optional<Address> billing) {}
                public record Line(String sku, long cents) {
                    public Line {
                        Objects.requireNonNull(sku, "sku");
                    }
                }
                public OrderPlaced {
                    Objects.requireNonNull(orderId, "orderId");
                    lines = List.copyOf(lines);
                    counts = Map.copyOf(counts);
                }
            }
            """;

    @Test
    void writesTheSchemaOfAnEventUnderItsType() {
        assertThat(schema(Compile.sources(ORDER_PLACED), "com.acme.order-placed.v1"))
                .isEqualTo("""
                        {
                          "$schema": "http://json-schema.org/draft-07/schema#",
                          "$id": "urn:eventrecords:schema:com.acme.order-placed.v1",
                          "title": "OrderPlaced",
                          "type": "object",
                          "properties": {
                            "orderId": {
                              "type": "string"
                            },
                            "placedAt": {
                              "type": ["string", "null"],
                              "anyOf": [
                                {
                                  "format": "date-time"
                                },
                                {
                                  "pattern": "^[+-]\\\\d{4,}-"
                                },
                                {
                                  "pattern": "^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,9})?[+-]\\\\d{2}:\\\\d{2}:\\\\d{2}$"
                                }
                              ]
                            },
                            "quantity": {
                              "type": "integer",
                              "minimum": -2147483648,
                              "maximum": 2147483647
                            },
                            "status": {
                              "type": ["string", "null"],
                              "enum": ["NEW", "PAID", null]
                            },
                            "shipTo": {
                              "anyOf": [
                                {
                                  "$ref": "#/definitions/OrderPlaced.Address"
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "lines": {
                              "type": "array",
                              "items": {
                                "$ref": "#/definitions/OrderPlaced.Line"
                              }
                            },
                            "counts": {
                              "type": "object",
                              "additionalProperties": {
                                "type": "integer",
                                "minimum": -9223372036854775808,
                                "maximum": 9223372036854775807
                              }
                            },
                            "note": {
                              "type": ["string", "null"]
                            }
                          },
                          "required": ["orderId"],
                          "additionalProperties": true,
                          "definitions": {
                            "OrderPlaced.Address": {
                              "title": "OrderPlaced.Address",
                              "type": "object",
                              "properties": {
                                "street": {
                                  "type": ["string", "null"]
                                },
                                "billing": {
                                  "anyOf": [
                                    {
                                      "$ref": "#/definitions/OrderPlaced.Address"
                                    },
                                    {
                                      "type": "null"
                                    }
                                  ]
                                }
                              },
                              "additionalProperties": true
                            },
                            "OrderPlaced.Line": {
                              "title": "OrderPlaced.Line",
                              "type": "object",
                              "properties": {
                                "sku": {
                                  "type": "string"
                                },
                                "cents": {
                                  "type": "integer",
                                  "minimum": -9223372036854775808,
                                  "maximum": 9223372036854775807
                                }
                              },
                              "required": ["sku"],
                              "additionalProperties": true
                            }
                          }
                        }
                        """);
    }

    @Test
    void theSchemaIsAValidDraft07Document() throws IOException {
        JsonNode schema = JACKSON2.readTree(schema(Compile.sources(ORDER_PLACED), "com.acme.order-placed.v1"));
        assertThat(DRAFT_07.validate(schema)).isEmpty();
        assertThat(DRAFT_07.validate(JACKSON2.readTree("{\"type\": 5}")))
                .as("the meta-schema is checked")
                .isNotEmpty();
    }

    @Test
    void anEventWithoutATypeIsFiledUnderItsCanonicalName() {
        String schema = schema(Compile.sources("""
                        package com.acme;

                        @dev.eventrecords.Event(topic = "users")
                        public record UserCreated(String userId) {}
                        """), "com.acme.UserCreated");
        assertThat(schema).contains("\"$id\": \"urn:eventrecords:schema:com.acme.UserCreated\"");
    }

    @Test
    void anEnumThatOverridesToStringIsAnyString() {
        String schema = schema(Compile.sources("""
                        package com.acme;

                        @dev.eventrecords.Event(topic = "moods")
                        public record MoodLogged(Mood mood, Tier tier) {
                            public enum Mood { HAPPY, SAD; @Override public String toString() { return "x"; } }
                            public enum Tier { GOLD { @Override public String toString() { return "g"; } }, SILVER }
                        }
                        """), "com.acme.MoodLogged");
        assertThat(schema).contains("""
                            "mood": {
                              "type": ["string", "null"]
                            },
                            "tier": {
                              "type": ["string", "null"]
                            }
                        """);
    }

    @Test
    void anEnumWhoseConstantsHaveBodiesThatKeepToStringListsItsNames() {
        String schema = schema(Compile.sources("""
                        package com.acme;

                        @dev.eventrecords.Event(topic = "moods")
                        public record MoodLogged(Mood mood) {
                            public enum Mood {
                                HAPPY { @Override int score() { return 1; } },
                                SAD { @Override int score() { return 0; } };
                                abstract int score();
                            }
                        }
                        """), "com.acme.MoodLogged");
        assertThat(schema).contains("\"enum\": [\"HAPPY\", \"SAD\", null]");
    }

    @Test
    void aNullCheckCountsOnlyBeforeTheParameterIsReassignedAndOnlyUnconditionally() {
        String schema = schema(Compile.sources("""
                        package com.acme;

                        import static java.util.Objects.requireNonNull;

                        @dev.eventrecords.Event(topic = "users")
                        public record UserCreated(String a, String b, String c, String d, String e) {
                            public UserCreated {
                                requireNonNull(a);
                                if (b == null || b.isBlank()) {
                                    throw new IllegalArgumentException("b");
                                }
                                c = c == null ? "none" : c;
                                java.util.Objects.requireNonNull(c);
                                if (e != null) {
                                    requireNonNull(d);
                                }
                            }
                        }
                        """), "com.acme.UserCreated");
        assertThat(schema).contains("\"required\": [\"a\", \"b\"]");
    }

    @Test
    void anEmptyOptionalIsWrittenAsNullEvenWhereTheConstructorRefusesNull() {
        String schema = schema(Compile.sources("""
                        package com.acme;

                        import java.util.List;
                        import java.util.Objects;
                        import java.util.Optional;
                        import java.util.OptionalInt;

                        @dev.eventrecords.Event(topic = "users")
                        public record UserCreated(Optional<String> nick, OptionalInt age, List<Optional<String>> aliases) {
                            public UserCreated {
                                Objects.requireNonNull(nick);
                                Objects.requireNonNull(age);
                                aliases = List.copyOf(aliases);
                            }
                        }
                        """), "com.acme.UserCreated");
        assertThat(schema)
                .contains("""
                            "nick": {
                              "type": ["string", "null"]
                            },
                        """)
                .contains("\"age\": {\n      \"type\": [\"integer\", \"null\"],")
                .contains("""
                            "aliases": {
                              "type": "array",
                              "items": {
                                "type": ["string", "null"]
                              }
                            }
                        """)
                .doesNotContain("required");
    }

    @Test
    void eachMemberOfAFamilyHasItsOwnSchema() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "accounts")
                public sealed interface AccountEvent {
                    @Event(type = "account.opened") record AccountOpened(String id) implements AccountEvent {}
                    @Event(type = "account.closed") record AccountClosed(String id) implements AccountEvent {}
                }
                """);
        assertThat(schema(compilation, "account.opened")).contains("\"title\": \"AccountEvent.AccountOpened\"");
        assertThat(schema(compilation, "account.closed")).contains("\"title\": \"AccountEvent.AccountClosed\"");
    }

    static String schema(Compilation compilation, String type) {
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/eventrecords/schemas/" + type + ".json")
                .orElseThrow(() -> new AssertionError("no schema file for " + type));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
