"""Run a function in a forked child with a deadline, for work that cannot be cancelled.

An Oxigraph query cannot be stopped from Python once it runs: a cross product keeps a
core busy for minutes.  `kg query` therefore evaluates in a child process and kills it
at the deadline, as `kg serve` does by restarting its backend.  The child opens the store
itself (a database opened before a fork is not safe to use after it) and sends back
text or an error message.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal


class DeadlineExceeded(Exception):
    pass


def _child(conn, fn, args):
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as exc:          # noqa: BLE001 - sent to the parent, which decides
        conn.send(("error", exc))
    finally:
        conn.close()


def with_deadline(seconds: float, fn, *args):
    """fn(*args) in a child process; raises DeadlineExceeded after `seconds`, re-raises what
    fn raised.  Where fork is missing the call runs in this process, without a deadline.

    >>> with_deadline(5, sum, [1, 2, 3])
    6
    """
    if "fork" not in mp.get_all_start_methods():
        return fn(*args)
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, fn, args), daemon=True)
    proc.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise DeadlineExceeded(f"no answer within {seconds:g} s")
        try:
            status, value = receive.recv()
        except EOFError:
            raise RuntimeError(f"the query process died (exit {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        receive.close()
    if status == "error":
        raise value
    return value
