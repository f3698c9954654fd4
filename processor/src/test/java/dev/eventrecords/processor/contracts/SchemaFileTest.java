package dev.eventrecords.processor.contracts;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class SchemaFileTest {

    static String schema(Compilation compilation, String type) {
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/eventrecords/schemas/" + type + ".json")
                .orElseThrow(() -> new AssertionError("no schema file for " + type + " in "
                        + compilation.generatedFiles()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void printsIt() {
        Compilation compilation = Compile.sources(
                """
                package com.acme.shop;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import dev.eventrecords.EventTime;
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
                """);
        System.out.println(schema(compilation, "com.acme.order-placed.v1"));
    }
}
