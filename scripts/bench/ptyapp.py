"""A terminal program driven over a real pty: keys in, bytes out (timed), screen via pyte, CPU and memory via /proc."""
import glob
import os
import select
import time

import pyte
from ptyprocess import PtyProcess

DOWN = b"\x1bOB"  # kcud1 in xterm's keypad-transmit mode, which both majobs and htop switch on
UP = b"\x1bOA"


class Screen(pyte.Screen):
    """pyte's screen with a `display` that tolerates an empty cell where a wide character was half
    overwritten (pyte 0.8.2's own `display` raises IndexError there)."""

    @property
    def display(self):
        return ["".join(self.buffer[y][x].data for x in range(self.columns)) for y in range(self.lines)]


class PtyApp:
    """One program in a pty of `cols` x `rows`. Every byte it writes goes through `pump`."""

    def __init__(self, argv, env, cols=120, rows=40):
        self.cols, self.rows = cols, rows
        self.screen = Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        self.proc = PtyProcess.spawn(argv, env=env, dimensions=(rows, cols))
        self.fd = self.proc.fd
        self.total_bytes = 0
        self.on_frame = None  # called with the screen after each chunk, when set

    @property
    def pid(self):
        return self.proc.pid

    def pump(self, timeout):
        """Reads what is ready within `timeout` seconds; returns (bytes read, time of the first byte or None)."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return 0, None
        at = time.perf_counter()
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:  # the program has gone (EIO on the master side)
            return 0, None
        self.total_bytes += len(data)
        self.stream.feed(data)
        if self.on_frame and not select.select([self.fd], [], [], 0.003)[0]:
            # Only whole frames: a big frame arrives in several writes; judge it when they stop.
            self.on_frame(self.screen)
        return len(data), at

    def wait_for(self, predicate, timeout=20.0):
        """Pumps until `predicate(screen)` holds; returns the time of the chunk that made it true."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            n, at = self.pump(deadline - time.perf_counter())
            if n and predicate(self.screen):
                return at
            if not n and not self.proc.isalive():
                break
        raise TimeoutError("screen never showed what was awaited:\n" + "\n".join(self.lines()))

    def settle(self, quiet=0.3, limit=10.0):
        """Pumps until nothing arrives for `quiet` seconds (or `limit` passes); returns the bytes read."""
        total, end = 0, time.perf_counter() + limit
        while time.perf_counter() < end:
            n, _ = self.pump(quiet)
            if not n:
                break
            total += n
        return total

    def press(self, key, quiet=0.12, limit=5.0):
        """Sends `key`; returns (seconds to the first byte back, bytes until `quiet` seconds of silence)."""
        self.settle(quiet=0.05)
        sent = time.perf_counter()
        os.write(self.fd, key)
        n, first = self.pump(limit)
        if not n:
            return None, 0
        total = n + self.settle(quiet=quiet, limit=limit)
        return first - sent, total

    def type_text(self, text, interval):
        """Types `text` one character every `interval` seconds, pumping output in between."""
        for ch in text:
            os.write(self.fd, ch.encode("utf-8"))
            end = time.perf_counter() + interval
            while time.perf_counter() < end:
                self.pump(end - time.perf_counter())

    def lines(self):
        return list(self.screen.display)

    def threads(self):
        """{thread id: (CPU ns from schedstat, context switches)} for every live thread of the process."""
        out = {}
        for task in glob.glob(f"/proc/{self.pid}/task/*"):
            try:
                with open(task + "/schedstat") as f:
                    cpu = int(f.read().split()[0])
                switches = 0
                with open(task + "/status") as f:
                    for line in f:
                        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                            switches += int(line.split()[1])
                out[os.path.basename(task)] = (cpu, switches)
            except (OSError, ValueError, IndexError):
                pass
        return out

    def cpu_ns(self):
        """CPU time (ns) of every live thread of the process, from /proc/PID/task/*/schedstat."""
        return sum(cpu for cpu, _ in self.threads().values())

    def wakeups(self):
        """Context switches (voluntary + involuntary) of every live thread: how often it woke."""
        return sum(switches for _, switches in self.threads().values())


    def status_kib(self, field):
        """A `VmRSS`/`VmHWM`-style field of /proc/PID/status, in KiB."""
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def close(self, quit_key=None):
        if quit_key and self.proc.isalive():
            try:
                os.write(self.fd, quit_key)
                deadline = time.perf_counter() + 3
                while self.proc.isalive() and time.perf_counter() < deadline:
                    self.pump(0.05)
            except OSError:
                pass
        if self.proc.isalive():
            self.proc.terminate(force=True)
        try:
            self.proc.close(force=True)
        except Exception:  # noqa: BLE001 - already gone
            pass


class ThreadMeter:
    """CPU time and wake-ups of a process over a window, counting threads that start or exit inside it.

    Summing the live threads at both ends undercounts (or goes negative) when a thread exits meanwhile, as an
    idle worker thread does: its time leaves the sum. So every thread's counters are kept from when it is first
    seen, and `sample()` (call it often, e.g. every 100 ms) keeps each one's last values after it has gone.
    """

    def __init__(self, app):
        self.app = app
        self.first = app.threads()
        self.last = dict(self.first)

    def sample(self):
        self.last.update(self.app.threads())

    def totals(self):
        """(CPU ms, wake-ups) since the meter started; a thread born meanwhile counts from zero."""
        self.sample()
        cpu = sum(c - self.first.get(t, (0, 0))[0] for t, (c, _) in self.last.items())
        wakes = sum(w - self.first.get(t, (0, 0))[1] for t, (_, w) in self.last.items())
        return cpu / 1e6, wakes
