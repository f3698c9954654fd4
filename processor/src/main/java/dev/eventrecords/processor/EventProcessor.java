package dev.eventrecords.processor;

import com.google.auto.service.AutoService;
import dev.eventrecords.processor.contracts.AsyncApiFile;
import dev.eventrecords.processor.contracts.SchemaFiles;
import dev.eventrecords.processor.generate.CodecGenerator;
import dev.eventrecords.processor.generate.FamilyGenerator;
import dev.eventrecords.processor.generate.KeyExtractorGenerator;
import dev.eventrecords.processor.generate.SerdeGenerator;
import dev.eventrecords.processor.generate.ServiceFileGenerator;
import dev.eventrecords.processor.generate.TopicGenerator;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import dev.eventrecords.processor.model.FamilyReader;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.rules.DeclarationRule;
import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.FamilyRule;
import dev.eventrecords.processor.rules.MutabilityRule;
import dev.eventrecords.processor.rules.PastTenseRule;
import dev.eventrecords.processor.rules.ProcessorOptions;
import dev.eventrecords.processor.rules.Rule;
import dev.eventrecords.processor.rules.RuleContext;
import dev.eventrecords.processor.rules.RuleId;
import dev.eventrecords.processor.rules.Rules;
import dev.eventrecords.processor.rules.SharedTopicRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The eventrecords annotation processor. For each {@code @Event} record it reads an {@link EventModel}, runs every
 * {@link Rule}, reports all findings through one {@link Reporter}, and, when there is no error, hands the model to the
 * generators. It never throws: an unexpected failure becomes one error on the record at hand.
 */
@AutoService(Processor.class)
public final class EventProcessor extends AbstractProcessor {

    private static final Set<String> OWN_ANNOTATIONS = Set.of(
            ModelReader.EVENT,
            ModelReader.KEY,
            ModelReader.EVENT_TIME,
            ModelReader.EVENT_FAMILY,
            "dev.eventrecords.Generated",
            "javax.annotation.processing.Generated");

    private final List<Rule> rules = Rules.all();
    private final DeclarationRule declarationRule = new DeclarationRule();
    private final PastTenseRule pastTense = new PastTenseRule();
    private final MutabilityRule mutability = new MutabilityRule();
    private final CodecGenerator codecs = new CodecGenerator();
    private final SerdeGenerator serdes = new SerdeGenerator();
    private final KeyExtractorGenerator keyExtractors = new KeyExtractorGenerator();
    private final TopicGenerator topics = new TopicGenerator();
    private final ServiceFileGenerator serviceFile = new ServiceFileGenerator();
    private final FamilyRule familyRule = new FamilyRule();
    private final FamilyGenerator families = new FamilyGenerator();
    private final SharedTopicRule sharedTopics = new SharedTopicRule();
    private final SchemaFiles schemaFiles = new SchemaFiles();
    private final AsyncApiFile asyncApiFile = new AsyncApiFile();

    private final Set<String> generatedCodecs = new HashSet<>();
    private final Set<String> bindings = new TreeSet<>();
    /** The events and families behind the bindings: the originating elements of the services file. */
    private final Map<String, TypeElement> bindingSources = new TreeMap<>();

    private final Set<String> deferred = new LinkedHashSet<>();
    private final Set<String> deferredFamilies = new LinkedHashSet<>();
    private final Set<String> generatedEvents = new HashSet<>();
    /** The events read this round, so that a family reuses its members' models; emptied every round. */
    private final Map<String, EventModel> readThisRound = new HashMap<>();

    private Reporter reporter;
    private RuleContext context;
    private ModelReader models;
    private FamilyReader familyReader;
    private LocalEvents localEvents;
    private boolean optionsValid = true;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        reporter = new Reporter(env.getMessager());
        ProcessorOptions.Parsed options = ProcessorOptions.parse(env.getOptions());
        for (String problem : options.problems()) {
            reporter.report(List.of(Diagnostic.error(RuleId.OPTIONS, null, problem)));
            optionsValid = false;
        }
        context = new RuleContext(env, options.options());
        models = new ModelReader(env.getElementUtils());
        familyReader = new FamilyReader(
                models,
                member -> readThisRound.computeIfAbsent(
                        member.getQualifiedName().toString(), name -> models.read(member)));
        localEvents = LocalEvents.of(
                env,
                name -> pastTense.checkName(name, context),
                record -> reporter.report(mutability.checkDeclaration(record, context)),
                reporter);
    }

    /**
     * All annotations, so that the processor also runs in rounds where {@code @Event} sits only on a local record,
     * which javac does not hand to processors and which {@link LocalEvents} reports. It claims only its own.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return new TreeSet<>(ProcessorOptions.NAMES);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean onlyOurs = annotations.stream().allMatch(EventProcessor::ours);
        if (!optionsValid) {
            return onlyOurs;
        }
        readThisRound.clear();
        context.newRound();
        try {
            localEvents.report(round);
        } catch (RuntimeException e) {
            // The scan only adds an error javac would otherwise miss; it must never break a build.
        }
        for (Element element : takeDeferredAndAnnotated(deferred, ModelReader.EVENT, round)) {
            try {
                process(element, round.processingOver());
            } catch (RuntimeException | LinkageError | AssertionError e) {
                reporter.report(List.of(Diagnostic.error(
                        RuleId.INTERNAL,
                        element,
                        "eventrecords could not process '" + element.getSimpleName() + "': " + e
                                + "; please report this with the record's declaration")));
            }
        }
        for (Element element : takeDeferredAndAnnotated(deferredFamilies, ModelReader.EVENT_FAMILY, round)) {
            try {
                processFamily((TypeElement) element, round.processingOver());
            } catch (RuntimeException | LinkageError | AssertionError e) {
                reporter.report(List.of(Diagnostic.error(
                        RuleId.INTERNAL,
                        element,
                        "eventrecords could not process event family '" + element.getSimpleName() + "': " + e
                                + "; please report this with the interface's declaration")));
            }
        }
        if (round.processingOver()) {
            try {
                reporter.report(sharedTopics.check(name -> {
                    TypeElement record = processingEnv.getElementUtils().getTypeElement(name);
                    return record == null ? null : models.read(record);
                }));
            } catch (RuntimeException e) {
                reporter.report(List.of(Diagnostic.error(
                        RuleId.INTERNAL,
                        null,
                        "eventrecords cannot check the topics shared by events: " + e + "; please report this")));
            }
        }
        if (round.processingOver() && !bindings.isEmpty()) {
            try {
                serviceFile.generate(
                        bindings,
                        name -> processingEnv.getElementUtils().getTypeElement(name) != null,
                        processingEnv.getFiler(),
                        List.copyOf(new LinkedHashSet<>(bindingSources.values())));
                reporter.report(ModuleProvides.check(bindingSources, processingEnv.getElementUtils()));
            } catch (RuntimeException e) {
                reporter.report(List.of(Diagnostic.error(
                        RuleId.INTERNAL,
                        null,
                        "eventrecords cannot list the topic bindings in " + ServiceFileGenerator.PATH + ": " + e
                                + "; please report this")));
            }
        }
        if (round.processingOver()) {
            reporter.report(asyncApiFile.write(
                    generatedEvents,
                    name -> models.read(processingEnv.getElementUtils().getTypeElement(name)),
                    processingEnv,
                    context.options()));
        }
        // Claiming our annotations (and the @Generated on our code) keeps -Xlint:processing quiet in the user's
        // build; a round that also holds other annotations is left unclaimed for their processors.
        return onlyOurs;
    }

    /**
     * The elements to process this round: those deferred by an earlier round (their types were not resolved yet),
     * then those annotated now. Empties {@code deferred}, which this round's processing may fill again.
     */
    private List<Element> takeDeferredAndAnnotated(Set<String> deferred, String annotation, RoundEnvironment round) {
        List<Element> todo = new ArrayList<>();
        for (String name : deferred) {
            TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
            if (element != null) {
                todo.add(element);
            }
        }
        deferred.clear();
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        if (type != null) {
            todo.addAll(round.getElementsAnnotatedWith(type));
        }
        return todo;
    }

    /** Our annotations, and java.lang's, which javac never reports unclaimed and which our generated code uses. */
    private static boolean ours(TypeElement annotation) {
        String name = annotation.getQualifiedName().toString();
        return OWN_ANNOTATIONS.contains(name) || name.startsWith("java.lang.");
    }

    private void process(Element element, boolean lastRound) {
        List<Diagnostic> declaration = declarationRule.check(element);
        if (!declaration.isEmpty()) {
            List<Diagnostic> findings = new ArrayList<>(declaration);
            if (element.getKind() == ElementKind.RECORD) {
                findings.addAll(judgeDespiteDeclaration((TypeElement) element));
            }
            reporter.report(findings);
            return;
        }
        TypeElement record = (TypeElement) element;
        EventModel model = models.read(record);
        readThisRound.put(record.getQualifiedName().toString(), model);
        if (hasUnresolvedTypes(model)) {
            // Another processor may still generate the missing type; if none does, javac reports it.
            if (!lastRound) {
                deferred.add(record.getQualifiedName().toString());
            }
            return;
        }
        sharedTopics.add(model);
        List<Diagnostic> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(model, context));
        }
        if (reporter.report(findings) || lastRound) {
            return;
        }
        generate(model);
    }

    /**
     * The verdicts of the rules that read only the declaration, for a record the declaration rule refused: a generic
     * or private event also hears that its name is not in the past tense, in the same build.
     */
    private List<Diagnostic> judgeDespiteDeclaration(TypeElement record) {
        EventModel model = models.read(record);
        if (hasUnresolvedTypes(model)) {
            return List.of();
        }
        List<Diagnostic> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.judgesRefusedDeclarations()) {
                findings.addAll(rule.check(model, context));
            }
        }
        return findings;
    }

    private void processFamily(TypeElement element, boolean lastRound) {
        if (reporter.report(familyRule.checkDeclaration(element))) {
            return;
        }
        FamilyModel model = familyReader.read(element);
        if (reporter.report(familyRule.check(model)) || lastRound) {
            return;
        }
        for (EventModel member : model.members()) {
            String name = member.element().getQualifiedName().toString();
            if (deferred.contains(name)) {
                deferredFamilies.add(element.getQualifiedName().toString());
                return;
            }
            if (!generatedEvents.contains(name)) {
                return; // the member's own errors are reported with it
            }
        }
        families.generate(model, processingEnv.getFiler());
        bindings.add(model.names().topic().canonicalName());
        bindingSources.put(model.names().topic().canonicalName(), model.ref().element());
    }

    private void generate(EventModel model) {
        var filer = processingEnv.getFiler();
        List<RecordModel> records = new ArrayList<>();
        records.add(model.record());
        records.addAll(model.nested());
        for (RecordModel record : records) {
            String codec = record.codec().canonicalName();
            boolean shipped = record != model.record()
                    && !generatedCodecs.contains(codec)
                    && processingEnv.getElementUtils().getTypeElement(codec) != null;
            if (!shipped && generatedCodecs.add(codec)) {
                codecs.generate(record, filer);
            }
        }
        serdes.generate(model, filer);
        keyExtractors.generate(model, filer);
        topics.generate(model, filer);
        schemaFiles.write(model, processingEnv);
        bindings.add(model.names().topic().canonicalName());
        bindingSources.put(model.names().topic().canonicalName(), model.element());
        generatedEvents.add(model.element().getQualifiedName().toString());
    }

    private static boolean hasUnresolvedTypes(EventModel model) {
        List<RecordModel> records = new ArrayList<>(model.nested());
        records.add(model.record());
        for (RecordModel record : records) {
            for (ComponentModel component : record.components()) {
                if (containsError(component.typeMirror())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsError(javax.lang.model.type.TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof javax.lang.model.type.DeclaredType declared) {
            return declared.getTypeArguments().stream().anyMatch(EventProcessor::containsError);
        }
        if (type instanceof javax.lang.model.type.ArrayType array) {
            return containsError(array.getComponentType());
        }
        return false;
    }
}
