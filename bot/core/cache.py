"""Optional on-disk cache of a built fact base and its index, for a fast cold start.

The cache is a pickle keyed by a hash of every corpus and fact file (names and bytes). Anything wrong
with it — missing, stale, unreadable, from another Python or factdesk version — means the base is
built from YAML as usual, with full validation. Only a base that validated is ever cached.
"""

from __future__ import annotations

import copyreg
import gc
import hashlib
import os
import pickle
import sys
import threading
from pathlib import Path
from types import MappingProxyType

from .engine import Engine, InvalidFactBase, _State
from .validate import build

FORMAT = 1


def _proxy(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


def _reduce_proxy(proxy: MappingProxyType) -> tuple:
    return _proxy, (dict(proxy),)


def _code_digest() -> bytes:
    """The core's own source: an index pickled by other code must never be loaded."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.digest()


def content_key(root: Path) -> str:
    """A hash of the files `build` reads, plus the core's code, the cache format and Python version."""
    digest = hashlib.sha256(f"{FORMAT}:{sys.version_info[:2]}".encode())
    digest.update(_code_digest())
    for sub, pattern in (("corpus", "*.md"), ("facts", "*.yaml")):
        for path in sorted(p for p in (root / sub).glob(pattern) if p.is_file()):
            digest.update(f"{sub}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"factbase-{key[:24]}.pickle"


def save(engine: Engine, root: Path, cache_dir: Path) -> Path:
    """Write the engine's base and index; atomic (temp file + rename)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    state = engine._state
    target = _path(cache_dir, content_key(root))
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = copyreg.dispatch_table.copy()
        pickler.dispatch_table[MappingProxyType] = _reduce_proxy
        pickler.dump((FORMAT, state.base, state.index))
    os.replace(tmp, target)
    return target


def load_engine(root: Path, cache_dir: Path) -> tuple[Engine, bool]:
    """An Engine from the cache when it matches the files, else built from YAML. Returns (engine, hit)."""
    try:
        data = _path(cache_dir, content_key(root)).read_bytes()
        enabled = gc.isenabled()
        gc.disable()  # millions of new objects would trigger many useless collections
        try:
            fmt, base, index = pickle.loads(data)
        finally:
            if enabled:
                gc.enable()
        if fmt != FORMAT:
            raise ValueError("cache format")
        engine = Engine.__new__(Engine)
        engine._state = _State(base, index)
        engine._lock = threading.Lock()
        return engine, True
    except Exception:
        base, report = build(root)
        if base is None:
            raise InvalidFactBase(report) from None
        engine = Engine(base)
        try:
            save(engine, root, cache_dir)
        except OSError:
            pass
        return engine, False

