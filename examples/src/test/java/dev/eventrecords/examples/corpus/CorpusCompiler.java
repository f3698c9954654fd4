package dev.eventrecords.examples.corpus;

import dev.eventrecords.examples.corpus.Corpus.Domain;
import dev.eventrecords.examples.corpus.Corpus.Source;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the corpus with the real javac and the eventrecords processor, as a user's build does, into directories
 * under {@code target/corpus}, and attributes each error to the event it refuses. A domain is compiled in one javac
 * run; when that run fails, the events its errors refuse are set aside and the rest compiled again, until a run
 * passes: javac writes no class when a run has an error, so the accepted events need a run of their own. An error that
 * belongs to no event (in a shared source, naming none) makes each event left compile alone.
 */
final class CorpusCompiler {

    /**
     * A user's build: Java 17, every lint, and the Kafka types the platform domain's codecs carry vouched immutable, as a user does in the
     * compiler plugin's configuration ({@code TopicPartition} caches its hash code in a mutable field, {@code Uuid} is
     * not final).
     */
    static final List<String> OPTIONS = List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-Aeventrecords.immutableTypes=org.apache.kafka.common.Uuid,org.apache.kafka.common.TopicPartition");

    private static final String PROCESSOR = "dev.eventrecords.processor.EventProcessor";

    private static final Pattern RULE_ID = Pattern.compile("^\\[(eventrecords:[a-z-]+)]");

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files =
            javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    private final Path output;
    private int runs;
    private final List<String> runLog = new ArrayList<>();

    CorpusCompiler(Path output) throws IOException {
        this.output = output;
        List<File> classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new)
                .toList();
        files.setLocation(StandardLocation.CLASS_PATH, classPath);
    }

    /**
     * A diagnostic of a compile.
     *
     * @param ruleId the rule id in its brackets, {@code javac} for javac's own
     * @param path the file it sits in, absolute, or {@code null}
     * @param generated whether it sits in a file the processor generated
     */
    record Finding(String ruleId, Diagnostic.Kind kind, Path path, long line, String message, boolean generated) {

        /** The file's name, with its domain's directory for a corpus source. */
        String file() {
            if (path == null) {
                return "";
            }
            return generated || path.getParent() == null
                    ? path.getFileName().toString()
                    : path.getParent().getFileName() + "/" + path.getFileName();
        }

        String position() {
            return file() + (line > 0 ? ":" + line : "");
        }
    }

    /**
     * The verdict on one event.
     *
     * @param errors the errors that refuse it; empty when accepted
     * @param warnings the warnings of the run that accepted it, or of its refusal
     * @param classes the class output holding the event and its generated classes when accepted, else {@code null}
     * @param codecs the user codecs compiled with it, which the differential check gives Jackson too
     */
    record Compiled(Source event, List<Finding> errors, List<Finding> warnings, Path classes, List<Source> codecs) {

        boolean accepted() {
            return errors.isEmpty();
        }

        Set<String> ruleIds() {
            Set<String> ids = new java.util.TreeSet<>();
            errors.forEach(e -> ids.add(e.ruleId()));
            return ids;
        }
    }

    private record Run(boolean success, List<Finding> findings, Path classes) {

        List<Finding> errors() {
            return findings.stream()
                    .filter(f -> f.kind() == Diagnostic.Kind.ERROR)
                    .toList();
        }

        List<Finding> warnings() {
            return findings.stream()
                    .filter(f -> f.kind() == Diagnostic.Kind.WARNING || f.kind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .toList();
        }
    }

    int runs() {
        return runs;
    }

    /** Each run's name, sources and time, for the report. */
    List<String> runLog() {
        return List.copyOf(runLog);
    }

    /**
     * The verdict on every event of the corpus, in the corpus's order. Each run compiles every shared source with the
     * events not refused yet, as one compilation (so a type has one codec in the whole corpus); an error is the
     * refusal of the event whose file it sits in, or of the event its message names (an error on a shared record
     * names the event that reaches it). When an error belongs to no event, each event left is compiled alone with its
     * domain's shared sources.
     */
    List<Compiled> compile(List<Domain> domains) throws IOException {
        List<Source> support = new ArrayList<>();
        List<Source> codecs = new ArrayList<>();
        List<Source> events = new ArrayList<>();
        Map<Source, Domain> domainOf = new LinkedHashMap<>();
        for (Domain domain : domains) {
            support.addAll(domain.support());
            codecs.addAll(domain.codecs());
            events.addAll(domain.events());
            domain.events().forEach(e -> domainOf.put(e, domain));
        }
        Map<Source, Compiled> verdicts = new LinkedHashMap<>();
        List<Source> left = new ArrayList<>(events);
        for (int pass = 0; !left.isEmpty(); pass++) {
            Run run = run("pass-" + pass, with(support, left));
            if (run.success()) {
                for (Source event : left) {
                    verdicts.put(event, new Compiled(event, List.of(), run.warnings(), run.classes(), codecs));
                }
                break;
            }
            Map<Source, List<Finding>> refused = attribute(run.errors(), left);
            if (refused == null) {
                for (Source event : left) {
                    Domain domain = domainOf.get(event);
                    Run alone = run(domain.name() + "/" + event.simpleName(), with(domain.support(), List.of(event)));
                    verdicts.put(
                            event,
                            alone.success()
                                    ? new Compiled(event, List.of(), alone.warnings(), alone.classes(), domain.codecs())
                                    : new Compiled(event, alone.errors(), alone.warnings(), null, List.of()));
                }
                break;
            }
            refused.forEach(
                    (event, errors) -> verdicts.put(event, new Compiled(event, errors, List.of(), null, List.of())));
            left.removeAll(refused.keySet());
        }
        return events.stream().map(verdicts::get).toList();
    }

    /** The errors by the event they refuse, or {@code null} when one of them belongs to none of the events. */
    private static Map<Source, List<Finding>> attribute(List<Finding> errors, List<Source> events) {
        Map<Source, List<Finding>> refused = new LinkedHashMap<>();
        for (Finding error : errors) {
            Source owner = events.stream()
                    .filter(e -> e.path().toAbsolutePath().normalize().equals(error.path()))
                    .findFirst()
                    .or(() -> events.stream()
                            .filter(e -> error.message().contains("event '" + e.simpleName() + "'"))
                            .findFirst())
                    .orElse(null);
            if (owner == null || error.generated()) {
                return null;
            }
            refused.computeIfAbsent(owner, e -> new ArrayList<>()).add(error);
        }
        return refused.isEmpty() ? null : refused;
    }

    private static List<Source> with(List<Source> support, List<Source> events) {
        List<Source> sources = new ArrayList<>(support);
        sources.addAll(events);
        return sources;
    }

    private Run run(String name, List<Source> sources) throws IOException {
        runs++;
        Path dir = output.resolve(name);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(
                null,
                files,
                diagnostics,
                OPTIONS,
                null,
                files.getJavaFileObjectsFromPaths(
                        sources.stream().map(Source::path).toList()));
        task.setProcessors(List.of(processor()));
        long start = System.nanoTime();
        boolean success = task.call();
        runLog.add(name + ": " + sources.size() + " sources, " + (success ? "passed" : "failed") + ", "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        Set<Finding> findings = new LinkedHashSet<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            findings.add(finding(d, generated));
        }
        return new Run(success, List.copyOf(findings), classes);
    }

    /** A new eventrecords processor, found on the class path as javac finds it: by its service entry. */
    private static Processor processor() {
        return ServiceLoader.load(Processor.class).stream()
                .filter(p -> p.type().getName().equals(PROCESSOR))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(PROCESSOR + " is not on the test class path"))
                .get();
    }

    private static Finding finding(Diagnostic<? extends JavaFileObject> d, Path generated) {
        String message = d.getMessage(Locale.ROOT);
        Matcher id = RULE_ID.matcher(message);
        Path path = d.getSource() == null
                ? null
                : Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
        return new Finding(
                id.find() ? id.group(1) : "javac",
                d.getKind(),
                path,
                d.getLineNumber(),
                message,
                path != null && path.startsWith(generated.toAbsolutePath().normalize()));
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
