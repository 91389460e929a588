"""Regenerate `antonyms.tsv` from WordNet 3.0 (not run by the bot or the tests).

Why a generated file rather than a runtime dependency: the bot needs only WordNet's direct
antonym pairs (about 3,300, 67 KB), and every way of reading WordNet at run time (nltk, wn) fetches
its database from the network on first use, which neither CI nor a deployed bot may do. WordNet's
synonyms were tried as well and left out: its senses are too many for an unattended match ("land"
shares a synset with "country", "leave" with "give"). Antonymy is a relation between two specific
words, so it stays precise without sense disambiguation.

Usage (Debian: `apt-get install wordnet-base`; then any venv with nltk):
    python bot/core/lexicon/make_antonyms.py /usr/share/wordnet > bot/core/lexicon/antonyms.tsv
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
            "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
            "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather "
            "adj.ppl").split()


def main(source: str) -> None:
    import nltk  # type: ignore[import-not-found, unused-ignore]

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpora" / "wordnet"
        shutil.copytree(source, root)
        # Debian's wordnet-base leaves out two files nltk opens; neither affects antonyms
        pos = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
        (root / "lexnames").write_text("".join(f"{i:02d}\t{n}\t{pos[n.split('.')[0]]}\n"
                                               for i, n in enumerate(LEXNAMES)))
        (root / "index.sense").touch()
        nltk.data.path.insert(0, tmp)  # nltk reads corpora only from its own data paths
        from nltk.corpus import wordnet  # type: ignore[import-not-found, unused-ignore]

        pairs = {tuple(sorted((lemma.name().lower(), other.name().lower())))
                 for synset in wordnet.all_synsets() for lemma in synset.lemmas() for other in lemma.antonyms()}
    print("# Direct antonym pairs from WordNet 3.0, one pair per line (see make_antonyms.py).")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (LICENSE-WordNet)")
    for a, b in sorted(p for p in pairs if "_" not in p[0] + p[1]):
        print(f"{a}\t{b}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
