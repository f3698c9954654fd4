package dev.eventrecords.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialize and deserialize, per contender and shape. JMH runs each parameter combination in its own fork, so each
 * contender's call sites see only its own classes. Each fork has a fixed heap whose pages are touched before the first
 * iteration: on this machine the first touch of fresh heap pages made one build's small read vary from 400 to 1,300 ns
 * between forks, which measured the kernel rather than the serde; every contender gets the same heap.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SerdeBenchmark {

    /** The contender, by {@link Contender#name()}. */
    @Param({"eventrecords", "jackson3", "jackson2-blackbird", "avaje-jsonb", "dsl-json", "fastjson2"})
    public String contender;

    /** The event shape, by {@link Shape#name()}. */
    @Param({"small", "medium", "numeric", "text", "deep"})
    public String shape;

    private Workload<?> workload;

    /** Checks once that the contender does the same work as Jackson 3, then binds it to the shape. */
    @Setup(Level.Trial)
    public void setUp() {
        Contender c = Contender.named(contender);
        Shape<?> s = Shape.named(shape);
        Equivalence.check(c, s);
        workload = Workload.of(c, s);
    }

    /**
     * Event to {@code byte[]} through {@code Serializer.serialize(topic, headers, event)}, with fresh headers.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] serialize() {
        return workload.serialize();
    }

    /**
     * {@code byte[]} to event through {@code Deserializer.deserialize(topic, headers, data)}.
     *
     * @return the event
     */
    @Benchmark
    public Object deserialize() {
        return workload.deserialize();
    }
}
