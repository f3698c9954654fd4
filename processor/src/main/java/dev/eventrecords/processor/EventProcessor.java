package dev.eventrecords.processor;

import com.google.auto.service.AutoService;
import dev.eventrecords.processor.generate.Outputs;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import dev.eventrecords.processor.model.FamilyReader;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.Read;
import dev.eventrecords.processor.model.UserCodecs;
import dev.eventrecords.processor.output.Catalogue;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import dev.eventrecords.processor.rules.CodecRule;
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
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The eventrecords annotation processor. For each {@code @Event} record it reads an {@link EventModel}, runs every
 * {@link Rule}, reports all findings through one {@link Reporter}, and, when there is no error, hands the model to every
 * {@link Output} and writes the files they return; when processing is over, it hands them the {@link Catalogue}. It
 * never throws: an unexpected failure becomes one error on the record at hand.
 */
@AutoService(Processor.class)
public final class EventProcessor extends AbstractProcessor {

    private static final String EVENT_CODEC = "dev.eventrecords.EventCodec";
    private static final String EVENT_CODECS = "dev.eventrecords.EventCodecs";

    private static final Set<String> OWN_ANNOTATIONS = Set.of(
            ModelReader.EVENT,
            ModelReader.KEY,
            ModelReader.EVENT_TIME,
            ModelReader.EVENT_FAMILY,
            EVENT_CODEC,
            EVENT_CODECS,
            "dev.eventrecords.Generated",
            "javax.annotation.processing.Generated");

    private final List<Rule> rules = Rules.all();
    private final DeclarationRule declarationRule = new DeclarationRule();
    private final PastTenseRule pastTense = new PastTenseRule();
    private final MutabilityRule mutability = new MutabilityRule();
    private final FamilyRule familyRule = new FamilyRule();
    private final SharedTopicRule sharedTopics = new SharedTopicRule();
    private final CodecRule codecRule = new CodecRule();
    /** The users' codecs registered so far, which the model reader consults; judged once each, by class name. */
    private final UserCodecs codecs = new UserCodecs();

    private final Set<String> judgedCodecs = new HashSet<>();
    private final List<Output> outputs = Outputs.all();

    /** The events and families generated so far, for the catalogue outputs. */
    private final List<EventModel> generatedEventModels = new ArrayList<>();

    private final List<FamilyModel> generatedFamilies = new ArrayList<>();

    private final Set<String> deferred = new LinkedHashSet<>();
    private final Set<String> deferredFamilies = new LinkedHashSet<>();
    private final Set<String> generatedEvents = new HashSet<>();
    /** The events read this round, so that a family reuses its members' models; emptied every round. */
    private final Map<String, Read<EventModel>> readThisRound = new HashMap<>();

    private Reporter reporter;
    private RuleContext context;
    private ModelReader models;
    private FamilyReader familyReader;
    private LocalEvents localEvents;
    private OutputContext outputContext;
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
        outputContext = new OutputContext(env, options.options(), context.avroSchemas());
        models =
                new ModelReader(env.getElementUtils(), codecs, options.options().format());
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
        registerCodecs(round);
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
                    return record != null && models.read(record) instanceof Read.Ready<EventModel> ready
                            ? ready.model()
                            : null;
                }));
            } catch (RuntimeException e) {
                reporter.report(List.of(Diagnostic.error(
                        RuleId.INTERNAL,
                        null,
                        "eventrecords cannot check the topics shared by events: " + e + "; please report this")));
            }
        }
        if (round.processingOver()) {
            Catalogue catalogue = new Catalogue(generatedEventModels, generatedFamilies);
            for (Output output : outputs) {
                try {
                    write(output.catalogue(catalogue, outputContext));
                } catch (RuntimeException e) {
                    reporter.report(List.of(Diagnostic.error(
                            RuleId.INTERNAL,
                            null,
                            "eventrecords cannot write the files of the whole compilation: " + e
                                    + "; please report this")));
                }
            }
            reporter.report(ModuleProvides.check(catalogue.bindings(), processingEnv.getElementUtils()));
        }
        // Claiming our annotations (and the @Generated on our code) keeps -Xlint:processing quiet in the user's
        // build; a round that also holds other annotations is left unclaimed for their processors.
        return onlyOurs;
    }

    /**
     * Judges and registers the round's codecs before its events are read: the classes marked {@code @EventCodec}, then
     * those that an {@code @EventCodecs} names (a library's, compiled elsewhere).
     */
    private void registerCodecs(RoundEnvironment round) {
        TypeElement marker = processingEnv.getElementUtils().getTypeElement(EVENT_CODEC);
        TypeElement listing = processingEnv.getElementUtils().getTypeElement(EVENT_CODECS);
        if (marker != null) {
            for (Element element : round.getElementsAnnotatedWith(marker)) {
                if (element instanceof TypeElement codec) {
                    registerCodec(codec, codec);
                }
            }
        }
        if (listing != null) {
            for (Element site : round.getElementsAnnotatedWith(listing)) {
                ModelReader.annotation(site, EVENT_CODECS)
                        .flatMap(a -> ModelReader.explicitValue(a, "value"))
                        .ifPresent(value -> {
                            for (Object item : (List<?>) value.getValue()) {
                                if (item instanceof AnnotationValue listed
                                        && listed.getValue() instanceof DeclaredType type
                                        && type.asElement() instanceof TypeElement codec) {
                                    registerCodec(codec, site);
                                }
                            }
                        });
            }
        }
    }

    private void registerCodec(TypeElement codec, Element site) {
        if (!judgedCodecs.add(codec.getQualifiedName().toString())) {
            return;
        }
        try {
            CodecRule.Judged judged = codecRule.check(codec, site, context);
            reporter.report(judged.problems());
            judged.registration()
                    .flatMap(codecs::register)
                    .ifPresent(earlier -> reporter.report(List.of(codecRule.duplicate(site, codec, earlier))));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            reporter.report(List.of(Diagnostic.error(
                    RuleId.INTERNAL,
                    site,
                    "eventrecords could not process codec '" + codec.getSimpleName() + "': " + e
                            + "; please report this with the codec's declaration")));
        }
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
        return OWN_ANNOTATIONS.contains(name) || name.startsWith("java.lang.") || jackson(name);
    }

    /**
     * Jackson's annotations, which the processor reads on events and either honours or refuses: claimed with ours, so
     * that an event carrying {@code @JsonProperty} compiles without -Xlint:processing's "no processor claimed".
     */
    private static boolean jackson(String annotation) {
        return annotation.startsWith("com.fasterxml.jackson.annotation.")
                || annotation.startsWith("tools.jackson.databind.annotation.");
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
        Read<EventModel> read = models.read(record);
        readThisRound.put(record.getQualifiedName().toString(), read);
        if (!(read instanceof Read.Ready<EventModel> ready)) {
            // Another processor may still generate the missing type; if none does, javac reports it.
            if (!lastRound) {
                deferred.add(record.getQualifiedName().toString());
            }
            return;
        }
        EventModel model = ready.model();
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
        if (!(models.read(record) instanceof Read.Ready<EventModel> ready)) {
            return List.of();
        }
        EventModel model = ready.model();
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
        Read<FamilyModel> read = familyReader.read(element);
        if (!(read instanceof Read.Ready<FamilyModel> ready)) {
            if (!lastRound) {
                deferredFamilies.add(element.getQualifiedName().toString());
            }
            return;
        }
        FamilyModel model = ready.model();
        if (reporter.report(familyRule.check(model)) || lastRound) {
            return;
        }
        for (EventModel member : model.members()) {
            if (!generatedEvents.contains(member.element().getQualifiedName().toString())) {
                return; // the member's own errors are reported with it
            }
        }
        for (Output output : outputs) {
            write(output.family(model, outputContext));
        }
        generatedFamilies.add(model);
    }

    private void generate(EventModel model) {
        for (Output output : outputs) {
            write(output.event(model, outputContext));
        }
        generatedEventModels.add(model);
        generatedEvents.add(model.element().getQualifiedName().toString());
    }

    private void write(List<GeneratedFile> files) {
        for (GeneratedFile file : files) {
            file.writeTo(processingEnv.getFiler());
        }
    }
}
