package dev.eventrecords.processor.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.processor.contracts.JsonText;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AvroCompatibility} against Apache Avro 1.12.1's {@code SchemaCompatibility}: on pairs of schemas, each read
 * both ways, it finds a problem exactly when Avro finds the reader incompatible with the writer.
 */
class AvroCompatibilityTest {

    private static final String BASE = """
            {"type":"record","name":"Parcel","namespace":"com.acme","fields":[
              {"name":"id","type":"string"},
              {"name":"grams","type":"int"},
              {"name":"kind","type":{"type":"enum","name":"Kind","symbols":["A","B"]}},
              {"name":"lines","type":{"type":"array","items":{"type":"record","name":"Line","fields":[
                {"name":"sku","type":"string"},{"name":"next","type":["null","Line"],"default":null}]}}},
              {"name":"tags","type":{"type":"map","values":"long"}},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"code","type":{"type":"fixed","name":"Code","size":4}}
            ]}""";

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("the same", BASE),
                Arguments.of(
                        "a field added with a default",
                        BASE.replace(
                                "{\"name\":\"id\",\"type\":\"string\"},",
                                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"depot\",\"type\":\"string\",\"default\":\"x\"},")),
                Arguments.of(
                        "a field added without a default",
                        BASE.replace(
                                "{\"name\":\"id\",\"type\":\"string\"},",
                                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"depot\",\"type\":\"string\"},")),
                Arguments.of(
                        "a number widened",
                        BASE.replace("\"name\":\"grams\",\"type\":\"int\"", "\"name\":\"grams\",\"type\":\"long\"")),
                Arguments.of(
                        "a type changed",
                        BASE.replace("\"name\":\"grams\",\"type\":\"int\"", "\"name\":\"grams\",\"type\":\"string\"")),
                Arguments.of("an enum symbol added", BASE.replace("[\"A\",\"B\"]", "[\"A\",\"B\",\"C\"]")),
                Arguments.of(
                        "an enum symbol added, with a default",
                        BASE.replace(
                                "\"symbols\":[\"A\",\"B\"]}", "\"symbols\":[\"A\",\"B\",\"C\"],\"default\":\"A\"}")),
                Arguments.of(
                        "a nested field removed",
                        BASE.replace(",{\"name\":\"next\",\"type\":[\"null\",\"Line\"],\"default\":null}", "")),
                Arguments.of("a map's values narrowed", BASE.replace("\"values\":\"long\"", "\"values\":\"int\"")),
                Arguments.of(
                        "a union branch dropped", BASE.replace("[\"null\",\"string\"],\"default\":null", "\"string\"")),
                Arguments.of(
                        "a union branch added",
                        BASE.replace(
                                "[\"null\",\"string\"],\"default\":null",
                                "[\"null\",\"string\",\"long\"],\"default\":null")),
                Arguments.of("a fixed resized", BASE.replace("\"size\":4", "\"size\":8")),
                Arguments.of("a record renamed", BASE.replace("\"name\":\"Parcel\"", "\"name\":\"Package\"")),
                Arguments.of(
                        "a record renamed with an alias",
                        BASE.replace("\"name\":\"Parcel\"", "\"name\":\"Package\",\"aliases\":[\"Parcel\"]")),
                Arguments.of(
                        "a field renamed with an alias",
                        BASE.replace(
                                "{\"name\":\"grams\",\"type\":\"int\"}",
                                "{\"name\":\"weight\",\"type\":\"int\",\"aliases\":[\"grams\"]}")),
                Arguments.of(
                        "a string read as bytes",
                        BASE.replace("{\"name\":\"id\",\"type\":\"string\"}", "{\"name\":\"id\",\"type\":\"bytes\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void findsAProblemExactlyWhenApacheAvroDoes(String change, String changed) {
        for (List<String> pair : List.of(List.of(BASE, changed), List.of(changed, BASE))) {
            String writer = pair.get(0);
            String reader = pair.get(1);
            boolean avro = SchemaCompatibility.checkReaderWriterCompatibility(
                                    new Schema.Parser().parse(reader), new Schema.Parser().parse(writer))
                            .getType()
                    == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
            List<AvroCompatibility.Incompatibility> ours =
                    AvroCompatibility.check(JsonText.parse(writer), JsonText.parse(reader));
            assertThat(ours.isEmpty())
                    .as(
                            "%s, %s: ours %s",
                            change, pair.get(0) == BASE ? "read by the changed" : "read by the base", ours)
                    .isEqualTo(avro);
        }
    }
}
