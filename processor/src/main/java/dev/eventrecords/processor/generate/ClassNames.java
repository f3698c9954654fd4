package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;

/** JDK types generated code refers to. */
final class ClassNames {

    private ClassNames() {}

    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName RUNTIME_EXCEPTION = ClassName.get("java.lang", "RuntimeException");
    static final ClassName VOID = ClassName.get("java.lang", "Void");
}
