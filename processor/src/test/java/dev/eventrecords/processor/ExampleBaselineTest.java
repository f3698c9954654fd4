package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The examples' events, compiled as their build compiles them, against the baseline the examples ship
 * ({@code examples/src/main/eventrecords-baseline}): they pass as they are, and the README's failing change fails
 * with the README's message.
 */
class ExampleBaselineTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "src", "main");
    private static final Path FITNESS = EXAMPLES.resolve("java/dev/eventrecords/examples/fitness");
    private static final Path BASELINE = EXAMPLES.resolve("eventrecords-baseline");

    /** The fitness events and their parts (not the application, which needs a broker), each edited by {@code edit}. */
    private static Compilation compile(String file, UnaryOperator<String> edit) throws IOException {
        return compile(file, edit, List.of());
    }

    private static Compilation compile(String file, UnaryOperator<String> edit, List<String> options)
            throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(FITNESS)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.equals("FitnessTrackerApp.java")) {
                    continue;
                }
                String code = Files.readString(path);
                sources.add(JavaFileObjects.forSourceString(
                        "dev.eventrecords.examples.fitness." + name.replace(".java", ""),
                        name.equals(file) ? edit.apply(code) : code));
            }
        }
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Aeventrecords.baseline=" + BASELINE));
        all.addAll(options);
        return Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions(all)
                .compile(sources);
    }

    @Test
    void theExamplesPassTheirBaseline() throws IOException {
        assertThat(compile("", UnaryOperator.identity())).succeededWithoutWarnings();
    }

    @Test
    void removingAnEnumConstantFailsWithTheReadmeMessage() throws IOException {
        Compilation compilation = compile("WorkoutType.java", code -> code.replace("    SWIM,\n", ""));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[eventrecords:compatibility] event 'WorkoutCompleted' component 'type' changed incompatibly"
                                + " since the baseline schema 'dev.eventrecords.examples.fitness.WorkoutCompleted.json':"
                                + " 'type' was 'enum [RUN, RIDE, SWIM, WALK] or null' and is 'enum [RUN, RIDE, WALK] or"
                                + " null': consumers built now (BACKWARD) refuse the events written before that carry"
                                + " 'SWIM', which the enum no longer declares. Keep the constant, publish the change as"
                                + " a new event type (a new record), or give the changed event a new '@Event(type)' so"
                                + " that consumers tell the versions apart;"
                                + " '@SuppressWarnings(\"eventrecords:compatibility\")' accepts a deliberate break")
                .inFile(compilation.sourceFiles().stream()
                        .filter(f -> f.getName().endsWith("WorkoutCompleted.java"))
                        .findFirst()
                        .orElseThrow())
                .onLineContaining("WorkoutType type");
    }

    @Test
    void changingAnAvroEventsFieldTypeFailsOnItsAvscBaseline() throws IOException {
        Compilation compilation =
                compile("SleepRecorded.java", code -> code.replace("int minutesDeep", "String minutesDeep"));

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:compatibility] event 'SleepRecorded' changed incompatibly since the"
                        + " baseline Avro schema 'dev.eventrecords.examples.fitness.SleepRecorded.avsc': reading with"
                        + " the schema now, 'minutesDeep' holds the writer's int, which is none of the reader's union's"
                        + " types:"
                        + " consumers built now (BACKWARD) cannot read the events written before")
                .inFile(compilation.sourceFiles().stream()
                        .filter(f -> f.getName().endsWith("SleepRecorded.java"))
                        .findFirst()
                        .orElseThrow())
                .onLineContaining("minutesDeep");
    }

    /** A new variant of the example's sealed 'Payment', with its type id. */
    private static String withVoucher(String payment) {
        return payment.replace(
                        "    @JsonSubTypes.Type(value = Payment.BankTransfer.class, name = \"bank_transfer\")\n",
                        "    @JsonSubTypes.Type(value = Payment.BankTransfer.class, name = \"bank_transfer\"),\n"
                                + "    @JsonSubTypes.Type(value = Payment.Voucher.class, name = \"voucher\")\n")
                .replace(
                        "    record Cash(String receivedBy) implements Payment {}\n",
                        "    record Cash(String receivedBy) implements Payment {}\n\n"
                                + "    record Voucher(String code) implements Payment {}\n");
    }

    @Test
    void addingAVariantKeepsConsumersBuiltNowReadingOlderEvents() throws IOException {
        assertThat(compile(
                        "Payment.java",
                        ExampleBaselineTest::withVoucher,
                        List.of("-Aeventrecords.compatibility=BACKWARD")))
                .succeededWithoutWarnings();
    }

    @Test
    void addingAVariantBreaksConsumersBuiltOnTheBaseline() throws IOException {
        Compilation compilation = compile("Payment.java", ExampleBaselineTest::withVoucher);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:compatibility] event 'PaymentReceived' component 'payment' changed"
                        + " incompatibly since the baseline schema 'dev.eventrecords.examples.fitness.PaymentReceived.json':"
                        + " 'payment' was 'one of type ids 'card', 'cash', 'bank_transfer' or null' and is 'one of type"
                        + " ids 'card', 'cash', 'voucher', 'bank_transfer' or null': consumers built on the baseline"
                        + " (FORWARD) refuse the events written now that carry type id 'voucher', which the baseline's"
                        + " sealed interface does not permit. Send the new variant only once every consumer knows it"
                        + " (release the sealed interface first)");
    }

    @Test
    void removingAVariantBreaksConsumersBuiltNow() throws IOException {
        Compilation compilation = compile(
                "Payment.java",
                code -> code.replace("    @JsonSubTypes.Type(value = Payment.Cash.class, name = \"cash\"),\n", "")
                        .replace("    /** Paid in cash at the front desk. */\n", "")
                        .replace(
                                "    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)\n"
                                        + "    record Cash(String receivedBy) implements Payment {}\n",
                                ""));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("'payment' was 'one of type ids 'card', 'cash', 'bank_transfer' or null' and is"
                        + " 'one of type ids 'card', 'bank_transfer' or null': consumers built now (BACKWARD) refuse the"
                        + " events written before that carry type id 'cash', which the sealed interface no longer"
                        + " permits. Keep the variant, under its type id");
    }

    @Test
    void aChangeInsideAVariantIsJudgedAsInAnyRecord() throws IOException {
        Compilation compilation = compile(
                "Payment.java",
                code -> code.replace(
                        "record Card(String lastFourDigits, String network)",
                        "record Card(String lastFourDigits, int network)"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "'payment.network' was 'string or null' and is 'int': consumers built now (BACKWARD) refuse the"
                                + " events written before that carry a string or null");
    }
}
