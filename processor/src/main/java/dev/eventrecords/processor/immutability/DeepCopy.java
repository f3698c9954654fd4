package dev.eventrecords.processor.immutability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The levels of collections inside collections in a component's type ({@code Map<String, List<String>>}: a map, then
 * lists in it), how many of them a constructor must copy, and the deep copy to write.
 */
final class DeepCopy {

    /** What one level is. */
    enum Kind {
        LIST("list", "List"),
        SET("set", "Set"),
        MAP("map", "Map"),
        COLLECTION("collection", "List"),
        OPTIONAL("optional", "");

        final String noun;
        final String factory;

        Kind(String noun, String factory) {
            this.noun = noun;
            this.factory = factory;
        }
    }

    /** One level: its kind and its type. */
    record Level(Kind kind, DeclaredType type) {}

    private DeepCopy() {}

    /**
     * The levels from the outside in, following a map's values and the elements of the others; the type of the last
     * level holds no further level.
     */
    static List<Level> levels(TypeMirror type) {
        List<Level> levels = new ArrayList<>();
        while (type instanceof DeclaredType declared) {
            Kind kind = kind(declared);
            if (kind == null) {
                break;
            }
            levels.add(new Level(kind, declared));
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (arguments.isEmpty()) {
                break;
            }
            type = arguments.get(kind == Kind.MAP ? arguments.size() - 1 : 0);
        }
        return levels;
    }

    /** How many levels, from the outside in, must be copied: up to the innermost collection. */
    static int required(List<Level> levels) {
        int required = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).kind() != Kind.OPTIONAL) {
                required = i + 1;
            }
        }
        return required;
    }

    /** Whether one of the first {@code depth} levels is a collection (rather than an {@code Optional}). */
    static boolean copiesACollection(List<Level> levels, int depth) {
        for (int i = 0; i < depth && i < levels.size(); i++) {
            if (levels.get(i).kind() != Kind.OPTIONAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first level not copied, seen from the component: "the lists in it", "the lists in the lists in it", "the
     * list in it" (in an {@code Optional}).
     */
    static String uncopied(List<Level> levels, int depth) {
        StringBuilder phrase = new StringBuilder();
        for (int i = Math.min(depth, levels.size() - 1); i >= 1; i--) {
            boolean plural = levels.get(i - 1).kind() != Kind.OPTIONAL;
            phrase.append("the ")
                    .append(levels.get(i).kind().noun)
                    .append(plural ? "s" : "")
                    .append(" in ");
        }
        return phrase.append("it").toString();
    }

    /** The expression that copies {@code name} as deep as its levels go, avoiding the names in {@code taken}. */
    static String expression(List<Level> levels, String name, Set<String> taken) {
        return expression(levels, 0, name, new HashSet<>(taken));
    }

    private static String expression(List<Level> levels, int i, String value, Set<String> taken) {
        Kind kind = levels.get(i).kind();
        if (required(levels.subList(i + 1, levels.size())) == 0) {
            return kind == Kind.OPTIONAL ? value : kind.factory + ".copyOf(" + value + ")";
        }
        switch (kind) {
            case MAP: {
                String entry = fresh("e", taken);
                return value + ".entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, " + entry
                        + " -> " + expression(levels, i + 1, entry + ".getValue()", taken) + "))";
            }
            case SET:
                return value + ".stream().map(" + function(levels, i + 1, taken)
                        + ").collect(Collectors.toUnmodifiableSet())";
            case OPTIONAL:
                return value + ".map(" + function(levels, i + 1, taken) + ")";
            default:
                return value + ".stream().map(" + function(levels, i + 1, taken) + ").toList()";
        }
    }

    /** A function that copies a value of level {@code i}: {@code List::copyOf}, or a lambda. */
    private static String function(List<Level> levels, int i, Set<String> taken) {
        Kind kind = levels.get(i).kind();
        if (kind != Kind.OPTIONAL && required(levels.subList(i + 1, levels.size())) == 0) {
            return kind.factory + "::copyOf";
        }
        String parameter = fresh(kind.noun.substring(0, 1), taken);
        return parameter + " -> " + expression(levels, i, parameter, taken);
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }

    private static Kind kind(DeclaredType type) {
        switch (((TypeElement) type.asElement()).getQualifiedName().toString()) {
            case "java.util.List":
                return Kind.LIST;
            case "java.util.Set":
                return Kind.SET;
            case "java.util.Map":
                return Kind.MAP;
            case "java.util.Collection":
                return Kind.COLLECTION;
            case "java.util.Optional":
                return Kind.OPTIONAL;
            default:
                return null;
        }
    }
}
