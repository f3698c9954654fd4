package dev.eventrecords.examples.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus under {@code src/test/corpus}: one directory per domain, each holding the Java sources of one package.
 * A source whose top-level type carries {@code @Event} is an event; every other source (value objects, enums, codecs)
 * supports the domain's events and is compiled with each of them.
 *
 * @param domains the domains, by directory name
 */
record Corpus(List<Domain> domains) {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern EVENT = Pattern.compile("^@Event\\b", Pattern.MULTILINE);
    private static final Pattern CODEC = Pattern.compile("^@EventCodec\\b", Pattern.MULTILINE);
    private static final Pattern JAVADOC_BEFORE_EVENT =
            Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*?@Event\\b", Pattern.DOTALL);

    Corpus {
        domains = List.copyOf(domains);
    }

    /** A domain: its events and the sources they share. */
    record Domain(String name, List<Source> events, List<Source> support) {
        Domain {
            events = List.copyOf(events);
            support = List.copyOf(support);
        }

        List<Source> all() {
            List<Source> all = new ArrayList<>(support);
            all.addAll(events);
            return all;
        }

        List<Source> codecs() {
            return support.stream().filter(Source::codec).toList();
        }
    }

    /**
     * One source file.
     *
     * @param path the file
     * @param className the canonical name of its top-level type
     * @param codec whether it declares an {@code @EventCodec}
     * @param description the first sentence of the event's Javadoc, or empty
     */
    record Source(Path path, String className, boolean codec, String description) {

        String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        /** The domain's directory name. */
        String domain() {
            return path.getParent().getFileName().toString();
        }
    }

    static Corpus read(Path root) {
        List<Domain> domains = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                domains.add(domain(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        for (Domain domain : domains) {
            for (Source event : domain.events()) {
                if (!names.add(event.simpleName())) {
                    throw new IllegalStateException("two corpus events are named '" + event.simpleName()
                            + "': the processor's messages name events by their simple names");
                }
            }
        }
        return new Corpus(domains);
    }

    int eventCount() {
        return domains.stream().mapToInt(d -> d.events().size()).sum();
    }

    private static Domain domain(Path dir) throws IOException {
        List<Source> events = new ArrayList<>();
        List<Source> support = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    throw new IllegalStateException(file + " has no package declaration");
                }
                String simple = file.getFileName().toString().replace(".java", "");
                String className = pkg.group(1) + "." + simple;
                if (EVENT.matcher(text).find()) {
                    events.add(new Source(file, className, false, description(text)));
                } else {
                    support.add(new Source(file, className, CODEC.matcher(text).find(), ""));
                }
            }
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("corpus domain " + dir + " has no event");
        }
        return new Domain(dir.getFileName().toString(), events, support);
    }

    private static String description(String text) {
        Matcher doc = JAVADOC_BEFORE_EVENT.matcher(text);
        if (!doc.find()) {
            return "";
        }
        String body = doc.group(1)
                .replaceAll("(?m)^\\s*\\*\\s?", " ")
                .replaceAll("\\s+", " ")
                .trim();
        int end = body.indexOf(". ");
        return end < 0 ? body : body.substring(0, end + 1);
    }
}
