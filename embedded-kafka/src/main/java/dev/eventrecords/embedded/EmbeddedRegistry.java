package dev.eventrecords.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real schema registry: Apicurio Registry 2.6.13 with in-memory storage, run as a child JVM from its Maven Central
 * archive ({@code io.apicurio:apicurio-registry-app:2.6.13.Final:zip:all}, which this module depends on, so a build
 * that uses it has it in the local Maven repository). Its Confluent-compatible API is at {@link #url()}, what {@code
 * schema.registry.url} takes; it is ready when {@link #start()} returns, usually within 10 to 20 seconds. Its default
 * compatibility level is {@code NONE}, as Apicurio's is.
 *
 * <p>The archive is found by the system property {@code apicurio.archive}, else in the local Maven repository ({@code
 * maven.repo.local}, else {@code ~/.m2/repository}), and unpacked once into {@code apicurio.directory} (default: a
 * directory under {@code java.io.tmpdir} named by the version), atomically, so that an interrupted unpacking leaves
 * nothing that looks complete and concurrent JVMs share one copy. {@link #close()} stops the registry, as does a
 * shutdown hook when the JVM ends first. {@link #start()} and {@link #close()} are for one thread; {@link #shared()}
 * gives every caller in a JVM the same registry.
 */
public final class EmbeddedRegistry implements AutoCloseable {

    /** The Apicurio Registry version run. */
    public static final String VERSION = "2.6.13.Final";

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final String RUNNER = "apicurio-registry-app-" + VERSION + "-runner.jar";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread hook;

    private EmbeddedRegistry(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.hook = new Thread(process::destroyForcibly, "eventrecords-registry-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts a registry on a free local port and waits until it is ready.
     *
     * @return the running registry
     * @throws IllegalStateException when the archive cannot be found, or the registry exits or is not ready within
     *     two minutes, with the end of its log
     */
    public static EmbeddedRegistry start() {
        Path runner = unpacked().resolve(RUNNER);
        int port = freePort();
        Path log;
        try {
            log = Files.createTempFile("eventrecords-registry-" + port + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process;
        try {
            process = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xmx384m",
                            "-XX:TieredStopAtLevel=1",
                            "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.http.port=" + port,
                            "-jar",
                            runner.toString()))
                    .directory(runner.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Apicurio Registry from " + runner, e);
        }
        EmbeddedRegistry registry = new EmbeddedRegistry(process, port, log);
        try {
            registry.awaitReady();
            return registry;
        } catch (RuntimeException | Error e) {
            registry.close();
            throw e;
        }
    }

    private static EmbeddedRegistry shared;

    /**
     * One registry for the whole JVM, started on first use and stopped when the JVM ends: test classes that share it
     * pay for one start. Its users must not close it, and should keep to subjects of their own.
     *
     * @return the running shared registry
     * @throws IllegalStateException as {@link #start()} does
     */
    public static synchronized EmbeddedRegistry shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
        }
        return shared;
    }

    /**
     * The base URL of the Confluent-compatible API, as {@code schema.registry.url} takes it.
     *
     * @return {@code http://127.0.0.1:<port>/apis/ccompat/v7}
     */
    public String url() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    /**
     * A local port nothing listens on (one that was free a moment ago), for a registry that cannot be reached.
     *
     * @return the port
     */
    public static int closedPort() {
        return freePort();
    }

    private static Path unpacked() {
        Path directory = Path.of(System.getProperty(
                "apicurio.directory",
                Path.of(System.getProperty("java.io.tmpdir"), "eventrecords-apicurio-" + VERSION)
                        .toString()));
        if (Files.isRegularFile(directory.resolve(RUNNER))) {
            return directory;
        }
        Path archive = archive();
        try {
            Path parent = directory.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempDirectory(parent, "apicurio-unpacking");
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("the archive's entry " + entry.getName() + " leaves its directory");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    }
                }
            }
            if (Files.isRegularFile(directory.resolve(RUNNER))) {
                return directory; // another JVM unpacked it meanwhile
            }
            Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive + " into " + directory, e);
        }
    }

    private static Path archive() {
        String named = System.getProperty("apicurio.archive");
        Path archive;
        if (named != null) {
            archive = Path.of(named);
        } else {
            Path repository = Path.of(System.getProperty(
                    "maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository")
                            .toString()));
            archive = repository.resolve(Path.of(
                    "io",
                    "apicurio",
                    "apicurio-registry-app",
                    VERSION,
                    "apicurio-registry-app-" + VERSION + "-all.zip"));
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no Apicurio Registry archive at " + archive
                    + "; resolve it with mvn dependency:get -Dartifact=io.apicurio:apicurio-registry-app:" + VERSION
                    + ":zip:all, or name it with -Dapicurio.archive=<file>");
        }
        return archive;
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Apicurio Registry exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            }
        }
        throw new IllegalStateException("Apicurio Registry was not ready within " + READY_WITHIN + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the registry, and deletes its log; its schemas are gone with it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
