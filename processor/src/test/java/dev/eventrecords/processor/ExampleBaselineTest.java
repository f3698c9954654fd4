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
        return Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions("-Xlint:all", "-Aeventrecords.baseline=" + BASELINE)
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
}
