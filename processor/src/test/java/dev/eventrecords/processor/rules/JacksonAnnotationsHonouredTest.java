package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Jackson annotations the serde honours compile without errors, and the generated codec applies them; the
 * examples module's {@code JacksonAnnotationsWireTest} proves the bytes against Jackson 3 itself.
 */
class JacksonAnnotationsHonouredTest {

    @Test
    void jsonPropertyOnAComponentNamesItsProperty() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                @Event(topic = "orders")
                public record OrderPlaced(@Key @JsonProperty("order_id") String orderId, @JsonProperty("") String sku) {}
                """, "com.acme.OrderPlacedSerde");

        assertThat(codec)
                .contains("ORDER_ID_NAME = Json.name(\"order_id\");")
                .contains("SKU_NAME = Json.name(\"sku\");")
                .contains("case \"order_id\":")
                .doesNotContain("case \"orderId\":")
                .contains("out.writeName(ORDER_ID_NAME);\n            Scalars.writeString(out, value.orderId());");
    }

    @Test
    void jsonPropertyAccessReadOnlyIsWrittenNotReadAndWriteOnlyIsReadNotWritten() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record PriceQuoted(
                        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String computed,
                        @JsonProperty(value = "in", access = JsonProperty.Access.WRITE_ONLY) String input,
                        @JsonProperty(access = JsonProperty.Access.READ_WRITE) long cents) {}
                """, "com.acme.PriceQuotedSerde");

        assertThat(codec)
                .contains("out.writeName(COMPUTED_NAME);")
                .doesNotContain("case \"computed\":")
                .doesNotContain("INPUT_NAME")
                .contains("case \"in\":")
                .contains("out.writeName(CENTS_NAME);")
                .contains("case \"cents\":");
    }

    @Test
    void aReadOnlyComponentWithANameOfItsOwnIsWrittenLastAsJacksonDoes() {
        // Jackson 3 drops it from the constructor's properties, and the accessor's alone follow those
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record PriceQuoted(
                        @JsonProperty(value = "computed_total", access = JsonProperty.Access.READ_ONLY) String total,
                        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String note,
                        long cents) {}
                """, "com.acme.PriceQuotedSerde");

        assertThat(codec)
                .containsSubsequence(
                        "out.writeName(NOTE_NAME);", "out.writeName(CENTS_NAME);", "out.writeName(TOTAL_NAME);");
    }

    @Test
    void jsonIgnoreOnAComponentIsNeitherWrittenNorRead() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import dev.eventrecords.Event;

                @Event(topic = "accounts")
                public record AccountOpened(String accountId, @JsonIgnore String secret, @JsonIgnore(false) int tier) {}
                """, "com.acme.AccountOpenedSerde");

        assertThat(codec)
                .doesNotContain("SECRET_NAME")
                .doesNotContain("value.secret()")
                .doesNotContain("case \"secret\":")
                .contains("String secret = null;")
                .contains("new AccountOpened(accountId, secret, tier)")
                .contains("case \"tier\":");
    }

    @Test
    void jsonAliasAddsNamesReadAfterEveryPropertysOwnName() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import dev.eventrecords.Event;

                @Event
                public record ParcelScanned(@JsonAlias({"parcel", "parcel_id"}) String parcelId, String depot) {}
                """, "com.acme.ParcelScannedSerde");

        assertThat(codec)
                .containsSubsequence("case \"parcelId\":", "case \"depot\":", "case \"parcel\":", "case \"parcel_id\":")
                .doesNotContain("Json.name(\"parcel\")");
    }

    @Test
    void jsonPropertyOnEnumConstantsGivesTheCodecTheirTexts() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record OrderShipped(String orderId, OrderShipped.Status status) {
                    public enum Status {
                        @JsonProperty("new") NEW,
                        @JsonProperty("") PAID,
                        SHIPPED
                    }
                }
                """, "com.acme.OrderShippedSerde");

        assertThat(codec.replaceAll("\\s+", " "))
                .contains("Codecs.enumOf(OrderShipped.Status.class, \"NEW\", \"new\", \"PAID\", \"\")");
    }

    @Test
    void jsonPropertyOrderWritesTheNamedPropertiesFirstByJsonOrComponentName() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonPropertyOrder;
                import dev.eventrecords.Event;

                @Event
                @JsonPropertyOrder({"zone", "unknown", "b_name"})
                public record SeatsReserved(String aisle, @JsonProperty("b_name") String bName, String zone, int seats) {}
                """, "com.acme.SeatsReservedSerde");

        assertThat(codec)
                .containsSubsequence(
                        "out.writeName(ZONE_NAME);",
                        "out.writeName(B_NAME_NAME);",
                        "out.writeName(AISLE_NAME);",
                        "out.writeName(SEATS_NAME);");
    }

    @Test
    void jsonPropertyIndexOrdersAfterJsonPropertyOrderAndBeforeTheRest() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonPropertyOrder;
                import dev.eventrecords.Event;

                @Event
                @JsonPropertyOrder({"d"})
                public record SeatsReserved(
                        @JsonProperty(index = 5) String a, @JsonProperty(index = 1) String b, String c, String d) {}
                """, "com.acme.SeatsReservedSerde");

        assertThat(codec)
                .containsSubsequence(
                        "out.writeName(D_NAME);",
                        "out.writeName(B_NAME);",
                        "out.writeName(A_NAME);",
                        "out.writeName(C_NAME);");
    }

    @Test
    void jsonNamingRenamesComponentsWithoutAJsonPropertyName() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import tools.jackson.databind.PropertyNamingStrategies;
                import tools.jackson.databind.annotation.JsonNaming;

                @Event
                @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
                public record UrlShortened(
                        String orderID, String URLValue, @JsonProperty("Kept") String keptName, @JsonAlias("oldName") String a1b) {}
                """, "com.acme.UrlShortenedSerde");

        assertThat(codec)
                .contains("Json.name(\"order_id\")")
                .contains("Json.name(\"urlvalue\")")
                .contains("Json.name(\"Kept\")")
                .contains("Json.name(\"a1b\")")
                .contains("case \"oldName\":");
    }

    @Test
    void jsonIncludeOnTheRecordAndOnComponentsLeavesOutTheValuesItSelects() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonInclude.Include;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;

                @Event
                @JsonInclude(Include.NON_EMPTY)
                public record SensorSampled(
                        String site,
                        List<String> readings,
                        int samples,
                        @JsonInclude(Include.NON_NULL) Optional<String> note,
                        @JsonInclude(Include.NON_ABSENT) Optional<String> owner,
                        @JsonInclude String always,
                        @JsonInclude(Include.USE_DEFAULTS) String inherited) {
                    public SensorSampled {
                        readings = List.copyOf(readings);
                    }
                }
                """, "com.acme.SensorSampledSerde");

        assertThat(codec)
                .contains("String site = value.site();\n            if (site != null && !site.isEmpty()) {")
                .contains("if (readings != null && !readings.isEmpty()) {")
                .contains("out.writeName(SAMPLES_NAME);\n            out.writeNumber(value.samples());")
                .contains("if (note != null) {")
                .contains("if (owner != null && owner.isPresent()) {")
                .contains("out.writeName(ALWAYS_NAME);\n            Scalars.writeString(out, value.always());")
                .contains("if (inherited != null && !inherited.isEmpty()) {");
    }

    @Test
    void jsonIgnorePropertiesIgnoresTheComponentsItNamesAsJsonIgnoreAndAllowsGettersOrSetters() {
        String codec = codec("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
                import dev.eventrecords.Event;

                @Event
                @JsonIgnoreProperties(value = {"secret", "legacy"}, allowGetters = true)
                public record AccountOpened(String accountId, String secret) {}
                """, "com.acme.AccountOpenedSerde");

        assertThat(codec)
                .contains("out.writeName(SECRET_NAME);")
                .doesNotContain("case \"secret\":")
                .doesNotContain("legacy");
    }

    private static String codec(String source, String serde) {
        // no processor claims Jackson's annotations, which -Xlint:processing would report
        Compilation compilation = Compile.withOptions(List.of("-Xlint:-processing"), source);
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject file = compilation
                .generatedSourceFile(serde)
                .orElseThrow(() -> new AssertionError("no " + serde + " in " + compilation.generatedFiles()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
