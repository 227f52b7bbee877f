"""Blocking work that Ctrl+C (or a cancelled task) can walk away from.

Decoding a hostile PDF can keep PDFium busy for a minute, and nothing can interrupt a native call
from Python. `asyncio.to_thread` and `ThreadPoolExecutor` threads are joined when the process
exits (and `asyncio.run` waits for its executor), so Ctrl+C used to take effect only when the
decode ended. Here the work runs in daemon threads: the caller gets KeyboardInterrupt or
CancelledError at once, the process exits at once, and the abandoned work dies with it.
Use it only for work that writes nothing that must be finished (decoding, encoding, planning)."""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

_started: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _start(target: Callable[[], None], name: str) -> None:
    thread = threading.Thread(target=target, name=name, daemon=True)
    _started.add(thread)
    thread.start()


def leave(code: int) -> int:
    """Return `code` — or, when abandoned work is still running, end the process now with it.
    A daemon thread still inside native code (PDFium drawing) while the interpreter finalises
    can crash the process (seen: SIGSEGV after Ctrl+C); nothing is left to finish, so skip
    finalisation. Streams and logs are flushed first; the history database is crash-safe."""
    if not any(thread.is_alive() for thread in list(_started)):
        return code
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


async def off_loop(function: Callable[..., R], *args: Any, name: str = "pixdesk-work") -> R:
    """`function(*args)` in a daemon thread, awaited. Cancelling the await abandons the work."""
    import asyncio  # (here: the window's first frame, which loads this module, does without asyncio)

    loop = asyncio.get_running_loop()
    future: asyncio.Future[R] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if future.done():  # cancelled meanwhile: nobody wants it
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def body() -> None:
        try:
            result, error = function(*args), None
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop has closed: the caller is gone
            loop.call_soon_threadsafe(settle, result, error)

    _start(body, name)
    return await future


class AbandonableExecutor(Executor):
    """An Executor whose every call runs in a daemon thread of its own, like `off_loop`: the
    executor of the CLI's Workspace, so that planning and preparing pages — everything the CLI
    runs on it — is walked away from on Ctrl+C. (The history writes on its own thread, never here.)"""

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        future: Future[R] = Future()

        def body() -> None:
            if not future.set_running_or_notify_cancel():  # cancelled before it started
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
                future.set_exception(exc)
            else:
                future.set_result(result)

        _start(body, "pixdesk-work")
        return future


def map_abandonable(
    function: Callable[[T], R], items: Iterable[T], workers: int | None = None, name: str = "pixdesk-work"
) -> list[R]:
    """[function(item) for item in items], on up to `workers` daemon threads, in order. Raises
    the first item's exception. Ctrl+C while waiting raises KeyboardInterrupt at once (the waits
    below are interruptible) and leaves the threads to die with the process."""
    work: Sequence[T] = list(items)
    if not work:
        return []
    workers = max(1, min(len(work), workers or os.cpu_count() or 1))
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(work)):
        todo.put(index)
    done: queue.SimpleQueue[tuple[int, Any, BaseException | None]] = queue.SimpleQueue()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            try:
                index = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((index, function(work[index]), None))
            except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                done.put((index, None, exc))

    for number in range(workers):
        _start(worker, f"{name}-{number}")
    results: dict[int, Any] = {}
    try:
        while len(results) < len(work):
            index, result, error = done.get()
            if error is not None:
                raise error
            results[index] = result
    finally:
        stop.set()  # on an error or Ctrl+C: start no more items
    return [results[index] for index in range(len(work))]
