package dev.eventrecords.examples.recursion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;

/**
 * Run in a fresh JVM by {@link CodecInitDeadlockTest}: several threads, released together, each first use a different
 * one of the codecs that reach each other, so their classes are initialised at once. Exits 0 when every thread wrote
 * and read its value back, 3 when one failed, and 2 (with a thread dump) when one is still stuck after the timeout.
 */
public final class CodecRace {

    private CodecRace() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        // The runtime's own classes are initialised first, so that only the generated codecs race.
        Class.forName("dev.eventrecords.kafka.Codecs");
        Class.forName("dev.eventrecords.kafka.Json");
        Class.forName("dev.eventrecords.kafka.Scalars");
        Folder folder = new Folder("inbox", List.of(new Document("a", Optional.empty(), Map.of())));
        Document document = new Document("b", Optional.of(folder), Map.of("up", folder));
        List<Supplier<Object>> firstUses = List.of(
                () -> roundTrip(new FolderSharedSerde(), new FolderShared("ann", folder)),
                () -> roundTrip(new DocumentArchivedSerde(), new DocumentArchived("bob", document)),
                () -> codecOf("dev.eventrecords.examples.recursion.FolderJsonCodec"),
                () -> codecOf("dev.eventrecords.examples.recursion.DocumentJsonCodec"));
        CyclicBarrier start = new CyclicBarrier(firstUses.size());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Supplier<Object> use : firstUses) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        use.get();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        for (Thread t : threads) {
            if (t.isAlive()) {
                System.out.println("STUCK " + t.getName() + " in " + t.getState());
                for (StackTraceElement e : t.getStackTrace()) {
                    System.out.println("    at " + e);
                }
                System.exit(2);
            }
        }
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace(System.out);
            System.exit(3);
        }
        System.exit(0);
    }

    private static <E> Object roundTrip(Serde<E> serde, E event) {
        byte[] bytes = serde.serializer().serialize("t", event);
        E back = serde.deserializer().deserialize("t", bytes);
        if (!back.equals(event)) {
            throw new AssertionError("read back " + back + " for " + event);
        }
        return back;
    }

    private static Object codecOf(String name) {
        try {
            return Class.forName(name).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
