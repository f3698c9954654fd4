package dev.eventrecords.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back, from a generated codec's source, the property names it writes and reads: the {@code PROPERTIES} table
 * by component index, the {@code writeName(NAMES[i])} calls of its generator path, and the names of its
 * {@code Json.index(...)}.
 */
public final class GeneratedCodec {
    private static final Pattern PROPERTIES = Pattern.compile("String\\[] PROPERTIES = \\{([^}]*)};");
    private static final Pattern WRITE_NAME = Pattern.compile("\\.writeName\\(NAMES\\[(\\d+)]\\);");
    private static final Pattern INDEX = Pattern.compile(
            "INDEX = Json\\.index\\((PROPERTIES|new String\\[] \\{([^}]*)},\\s*new int\\[] \\{([^}]*)})\\);");

    private GeneratedCodec() {}

    /** The property names by component index. */
    public static List<String> properties(String codec) {
        Matcher m = PROPERTIES.matcher(codec);
        if (!m.find()) {
            throw new AssertionError("no PROPERTIES in\n" + codec);
        }
        return strings(m.group(1));
    }

    /** The names the generator path writes, in the order it writes them. */
    public static List<String> written(String codec) {
        List<String> properties = properties(codec);
        List<String> written = new ArrayList<>();
        Matcher m = WRITE_NAME.matcher(codec);
        while (m.find()) {
            written.add(properties.get(Integer.parseInt(m.group(1))));
        }
        return written;
    }

    /** The names the codec reads (aliases included), each as {@code name=component index}, in lookup order. */
    public static List<String> read(String codec) {
        Matcher m = INDEX.matcher(codec);
        if (!m.find()) {
            throw new AssertionError("no INDEX in\n" + codec);
        }
        List<String> read = new ArrayList<>();
        if (m.group(2) == null) {
            List<String> properties = properties(codec);
            for (int i = 0; i < properties.size(); i++) {
                read.add(properties.get(i) + "=" + i);
            }
            return read;
        }
        List<String> names = strings(m.group(2));
        String[] indexes = m.group(3).split(",\\s*");
        for (int i = 0; i < names.size(); i++) {
            read.add(names.get(i) + "=" + indexes[i].trim());
        }
        return read;
    }

    /** The names the codec reads, without their indexes. */
    public static List<String> readNames(String codec) {
        return read(codec).stream().map(n -> n.substring(0, n.lastIndexOf('='))).toList();
    }

    private static List<String> strings(String list) {
        List<String> strings = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(list);
        while (m.find()) {
            strings.add(m.group(1));
        }
        return strings;
    }
}
