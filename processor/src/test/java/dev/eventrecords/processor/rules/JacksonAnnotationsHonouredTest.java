package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.GeneratedCodec;
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("order_id", "sku");
        assertThat(GeneratedCodec.read(codec)).containsExactly("order_id=0", "sku=1");
        assertThat(codec).contains("out.writeName(NAMES[0]);\n            Scalars.writeString(out, value.orderId());");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("computed", "cents");
        assertThat(GeneratedCodec.read(codec)).containsExactly("in=1", "cents=2");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("note", "cents", "computed_total");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("accountId", "tier");
        assertThat(GeneratedCodec.read(codec)).containsExactly("accountId=0", "tier=2");
        assertThat(codec)
                .doesNotContain("value.secret()")
                .contains("String secret = null;")
                .contains("new AccountOpened(accountId, secret, tier)");
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

        assertThat(GeneratedCodec.read(codec)).containsExactly("parcelId=0", "depot=1", "parcel=0", "parcel_id=0");
        assertThat(GeneratedCodec.written(codec)).containsExactly("parcelId", "depot");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("zone", "b_name", "aisle", "seats");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("d", "b", "a", "c");
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("order_id", "urlvalue", "Kept", "a1b");
        assertThat(GeneratedCodec.readNames(codec)).containsExactly("order_id", "urlvalue", "Kept", "a1b", "oldName");
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
                .contains("out.writeName(NAMES[2]);\n            out.writeNumber(value.samples());")
                .contains("if (note != null) {")
                .contains("if (owner != null && owner.isPresent()) {")
                .contains("out.writeName(NAMES[5]);\n            Scalars.writeString(out, value.always());")
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

        assertThat(GeneratedCodec.written(codec)).containsExactly("accountId", "secret");
        assertThat(GeneratedCodec.readNames(codec)).containsExactly("accountId");
        assertThat(codec).doesNotContain("legacy");
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
