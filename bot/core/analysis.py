"""The index's analysis of every fact's text, done in worker processes while a full build goes on.

Analysing the facts' texts (number forms, folding, stemming: `index._derive`) is most of building
the index, and it ran in this one process after everything else. A large first build already
parses the fact files in worker processes (`parallel.py`); as soon as those have given every
entity and fact, the same workers analyse the facts while this process reads the corpus and runs
the checks across files. The results go into the index's term memo (`index.TermMemo`) as if this
process had made them: each is keyed by the digest of the very texts it was made from, so a fact
whose text or linked names turn out different in the validated base (or a base that does not
validate) simply does not use them, and the index analyses what is missing itself. What a worker
returns is `_derive`'s own result, so the index is the same whichever process made it (a test
compares every table).

Results cross the process boundary as one vocabulary per batch and each fact's words as indices
into it: unpickling four tuples of strings per fact cost this process as much as a fifth of the
work it saved, and the strings are interned here once per batch instead of once per use.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .index import Derived, TermMemo, _derive, _derive_key, _EntitiesOf
from .model import Entity, Fact

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

log = logging.getLogger(__name__)
BATCH = 2000  # facts per job: enough to amortise a job's round trip, small enough to share out evenly
IN_FLIGHT = 6  # batches sent ahead of the workers: their texts are made here as the workers need them


def derive_batch(inputs: list[tuple[str, str]]) -> tuple[list[str], bytes]:
    """In a worker: `index._derive` of each fact's two texts, as the words they use and, per fact,
    the lengths of its four word lists followed by their words' positions in that list."""
    gc.disable()  # a worker's whole life is building (see engine.gc_paused)
    vocab: dict[str, int] = {}
    add = vocab.setdefault
    flat = array("I")
    for text, own in inputs:
        d = _derive(text, own)
        fields = (d.terms, d.text_terms, d.alpha or (), d.own or ())  # (`_derive` gives all four)
        flat.extend(len(f) for f in fields)
        for words in fields:
            flat.extend(add(w, len(vocab)) for w in words)
    return list(vocab), flat.tobytes()


def _decode(vocab: list[str], data: bytes, n: int) -> list[Derived]:
    words = list(map(sys.intern, vocab))
    get = words.__getitem__
    flat = array("I")
    flat.frombytes(data)
    out: list[Derived] = []
    i = 0
    for _ in range(n):
        a, b, c, d = flat[i:i + 4]
        i += 4
        terms = tuple(map(get, flat[i:i + a]))
        i += a
        text_terms = tuple(map(get, flat[i:i + b]))
        i += b
        alpha = tuple(map(get, flat[i:i + c]))
        i += c
        own = tuple(map(get, flat[i:i + d]))
        i += d
        out.append(Derived(terms=terms, text_terms=text_terms, alpha=alpha, own=own))
    return out


class TermsAhead:
    """The analysis of a build's facts under way in worker processes (see the module's text).

    A feeder thread makes each batch's texts and keys here and sends it when the workers are ready
    for it, so that the texts of all the facts are never held at once; `take` waits for the last
    result."""

    def __init__(self, pool: ProcessPoolExecutor, entities: Mapping[str, Entity], facts: Mapping[str, Fact]) -> None:
        self.entities, self.facts = entities, facts
        self.keys: dict[str, bytes] = {}
        self._batches: list[tuple[list[bytes], Future[tuple[list[str], bytes]]]] = []
        self._stop = threading.Event()
        self._fed = threading.Event()
        self._thread = threading.Thread(target=self._feed, args=(pool,), name="factdesk-analysis", daemon=True)
        self._thread.start()

    def _feed(self, pool: ProcessPoolExecutor) -> None:
        names = _EntitiesOf(self.entities)
        facts = list(self.facts.values())
        try:
            for start in range(0, len(facts), BATCH):
                if self._stop.is_set():
                    break
                if len(self._batches) >= IN_FLIGHT:  # wait until the workers are ready for more
                    self._batches[-IN_FLIGHT][1].exception()
                keys: list[bytes] = []
                inputs: list[tuple[str, str]] = []
                for fact in facts[start:start + BATCH]:
                    key, texts = _derive_key(names, fact)  # type: ignore[arg-type]
                    self.keys[fact.id] = key
                    keys.append(key)
                    inputs.append(texts)
                self._batches.append((keys, pool.submit(derive_batch, inputs)))
        except BaseException as exc:  # a broken pool: the index analyses what is missing itself
            log.warning("analysis in worker processes stopped (%s); the index analyses the rest", exc)
        finally:
            self._fed.set()
            pool.shutdown(wait=False)  # the workers finish what was sent, then exit

    def cancel(self) -> None:
        """The build failed: send no more and drop what was sent."""
        self._stop.set()
        self._fed.wait()
        for _, future in self._batches:
            future.cancel()

    def take(self, memo: TermMemo, facts: Mapping[str, Fact], entities: Mapping[str, Entity]) -> int:
        """Wait for the workers and add what they made to `memo` as fresh entries (analysed, not yet
        saved). When `facts` and `entities` are the very objects analysed (the validated base of
        this build), each fact's key is given too, so that the index does not digest every fact's
        texts again. Returns how many facts' analyses were added."""
        self._fed.wait()
        added = 0
        for keys, future in self._batches:
            try:
                vocab, data = future.result()
            except BaseException as exc:  # a worker that died: the index analyses these facts itself
                log.warning("a batch of the analysis in worker processes failed (%s)", exc)
                continue
            for key, derived in zip(keys, _decode(vocab, data, len(keys)), strict=True):
                if key not in memo.entries:
                    memo.fresh.setdefault(key, derived)
                added += 1
        self._batches = []
        # the keys only when every fact was analysed: the index takes a fact's entry by a key it is given
        if memo.facts is None and added == len(self.keys) == len(self.facts) and _same(self.facts, facts) \
                and _same(self.entities, entities):
            memo.facts, memo.entities, memo.keys = facts, entities, self.keys
        return added


def _same(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """The very same objects under the same keys, in the same order (nothing compared by value)."""
    return a is b or (len(a) == len(b) and all(
        ka == kb and va is vb for (ka, va), (kb, vb) in zip(a.items(), b.items(), strict=True)))
