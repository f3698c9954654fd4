package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.avro.AvroSchemas;
import dev.eventrecords.processor.english.Lexicon;
import dev.eventrecords.processor.english.PastTenseAnalyzer;
import dev.eventrecords.processor.english.VagueNameAnalyzer;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.immutability.TypeClassifier;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * What a rule may consult besides the event: the compiler's utilities, the options parsed once, and the analysers
 * built once per compilation. The type classifier is built once per round, since its caches hold the round's
 * elements.
 */
public final class RuleContext {

    private final ProcessingEnvironment env;
    private final ProcessorOptions options;
    private final PastTenseAnalyzer pastTense;
    private final VagueNameAnalyzer vagueNames;
    private TypeClassifier classifier;
    private AvroSchemas avroSchemas;

    public RuleContext(ProcessingEnvironment env, ProcessorOptions options) {
        this.env = env;
        this.options = options;
        this.pastTense = new PastTenseAnalyzer(Lexicon.shared(), options.verbs());
        this.vagueNames = new VagueNameAnalyzer(Lexicon.shared());
    }

    public ProcessingEnvironment env() {
        return env;
    }

    public ProcessorOptions options() {
        return options;
    }

    /** The past-tense analyser, with the user's extra past forms. */
    public PastTenseAnalyzer pastTense() {
        return pastTense;
    }

    public VagueNameAnalyzer vagueNames() {
        return vagueNames;
    }

    /** The round's type classifier, built on first use in the round. */
    public TypeClassifier classifier() {
        if (classifier == null) {
            classifier = new TypeClassifier(env, CompilerTrees.of(env), options.immutableTypes());
        }
        return classifier;
    }

    /** The compilation's derivation of Avro schemas, shared with the outputs so that each event's is derived once. */
    public AvroSchemas avroSchemas() {
        if (avroSchemas == null) {
            avroSchemas = new AvroSchemas(env);
        }
        return avroSchemas;
    }

    /** Drops what holds the last round's elements. */
    public void newRound() {
        classifier = null;
        if (avroSchemas != null) {
            avroSchemas.newRound();
        }
    }
}
