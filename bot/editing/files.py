"""Reading and writing editable YAML safely: the same caps as `facts/`, atomic replacement, a lock.

Why a module of its own: `facts accept`, `facts draft` and `corpus add` all touch the files the running
bot reloads from, and each must either change them completely or not at all. The pieces are small and
shared so every editing command fails the same way — `file:line: what is wrong`, nothing changed.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..core.loader import LineDict, SourceError, parse_yaml, read_text
from ..core.validate import checked_size

# A YAML file may share a node through an alias (&a … *a); PyYAML builds it once, but anything that
# copies or re-serialises the data (accept writes drafts out again) expands it. A 500-byte "billion
# laughs" file expands to 10^9 nodes, so the expanded size is bounded, relative to the text and absolutely.
MAX_EXPANDED_NODES = 200_000
EXPANSION_PER_BYTE = 1  # a plain file has far fewer nodes than bytes; only aliases multiply them


class EditError(Exception):
    """A refusal located in a file: printed as `path:line: message`; nothing was changed."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


def expanded_nodes(data: Any, limit: int) -> int:
    """How many nodes `data` has once every alias is written out, counting no further than `limit`.

    Shared objects are sized once (memoised by identity), so a bomb costs time linear in its text.
    """
    sizes: dict[int, int] = {}

    def size(obj: Any) -> int:
        key = id(obj)
        if key in sizes:
            return sizes[key]
        total = 1
        if isinstance(obj, dict):
            for k, v in obj.items():
                total += size(k) + size(v)
                if total > limit:
                    break
        elif isinstance(obj, list):
            for v in obj:
                total += size(v)
                if total > limit:
                    break
        sizes[key] = min(total, limit + 1)
        return sizes[key]

    return size(data)


def load_yaml_file(path: Path, display: str) -> Any:
    """Parse one YAML file with the loader `check` uses, refusing what `check` refuses (size, encoding,
    syntax) and any alias expansion a re-serialisation could not afford."""
    try:
        size = checked_size(path, display)
        data = parse_yaml(read_text(path, display), display)
    except SourceError as exc:
        raise EditError(exc.path, exc.line, exc.message) from None
    limit = min(MAX_EXPANDED_NODES, max(1000, size * EXPANSION_PER_BYTE))
    if expanded_nodes(data, limit) > limit:
        line = data.line if isinstance(data, LineDict) else 1
        raise EditError(display, line, "YAML aliases (&/*) expand this file beyond its own size; write the "
                                       "repeated values out")
    return data


def write_new(path: Path, text: str) -> None:
    """Write `text` to a file that must not exist yet, durably (fsync): the caller renames it into place.

    A failure removes the partial file and re-raises the OSError for the caller to word.
    """
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        if isinstance(exc, OSError) and not exc.filename:  # os.write does not say which file
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make renames and unlinks in `path` durable (a crash right after must not undo them)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def os_message(exc: OSError) -> str:
    """An OSError as a short phrase an editor can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full; free some space and run the command again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write here"
    return exc.strerror or str(exc)


@contextlib.contextmanager
def facts_lock(root: Path) -> Iterator[None]:
    """An exclusive lock on the repository's `facts/` folder for the length of one editing command.

    `flock` on a lock file: released by the kernel when the process dies, so a killed accept never
    leaves a stale lock behind. A second accept waits for the first and then sees its result.
    """
    facts = root / "facts"
    facts.mkdir(parents=True, exist_ok=True)
    fd = os.open(facts / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
