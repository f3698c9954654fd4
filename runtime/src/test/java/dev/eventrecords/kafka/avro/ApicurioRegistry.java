package dev.eventrecords.kafka.avro;

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
 * A real Apicurio Registry 2.6 (in-memory storage), run as a child JVM from the archive the build unpacks into {@code
 * target/apicurio}: its Confluent-compatible API is at {@link #url()}. Started once by a test class and stopped by it,
 * or by a shutdown hook when the test JVM ends first.
 */
final class ApicurioRegistry implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final String RUNNER = "apicurio-registry-app-2.6.13.Final-runner.jar";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread hook;

    private ApicurioRegistry(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.hook = new Thread(process::destroyForcibly, "apicurio-registry-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the registry and waits until it is ready. */
    static ApicurioRegistry start() {
        Path runner = unpacked().resolve(RUNNER);
        int port = freePort();
        Path log = runner.resolveSibling("registry-" + port + ".log");
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
            throw new UncheckedIOException(e);
        }
        ApicurioRegistry registry = new ApicurioRegistry(process, port, log);
        try {
            registry.awaitReady();
            return registry;
        } catch (RuntimeException | Error e) {
            registry.close();
            throw e;
        }
    }

    /**
     * The directory the archive is unpacked in ({@code apicurio.directory}), unpacked from the archive Maven resolved
     * ({@code apicurio.archive}) unless a build did so already: into a sibling first, then moved, so an interrupted
     * unpacking leaves nothing that looks complete.
     */
    private static Path unpacked() {
        Path directory = Path.of(System.getProperty("apicurio.directory", "target/apicurio"));
        if (Files.isRegularFile(directory.resolve(RUNNER))) {
            return directory;
        }
        Path archive = Path.of(System.getProperty("apicurio.archive", "apicurio.archive is not set"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(
                    "no Apicurio Registry archive at " + archive
                            + "; resolve it with mvn dependency:get -Dartifact=io.apicurio:apicurio-registry-app:2.6.13.Final:zip:all");
        }
        try {
            Path partial = Files.createTempDirectory(directory.getParent(), "apicurio-unpacking");
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
            throw new UncheckedIOException("cannot unpack " + archive, e);
        }
    }

    /** The base URL of the Confluent-compatible API, as {@code schema.registry.url} takes it. */
    String url() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    /** A port nothing listens on, for unreachable-registry tests. */
    static int closedPort() {
        return freePort();
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
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
