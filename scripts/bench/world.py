"""What the measurements run against: temp homes, a `majobs emulator` process, child processes timed with rusage."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import time

from ptyapp import PtyApp

DEMO_PROJECT = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
DEMO_AK = "MAJOBSDEMOACCESSKEY0"
DEMO_SK = "majobs-demo-secret-key-0000000000000000"


class Home:
    """An empty HOME (demo mode), optionally holding the emulator's credentials file."""

    def __init__(self, credentials=False):
        self.path = tempfile.mkdtemp(prefix="majobs-bench-")
        if credentials:
            os.makedirs(f"{self.path}/.huaweicloud")
            target = f"{self.path}/.huaweicloud/credentials"
            with open(target, "w") as f:
                f.write(f"[basic]\nak = {DEMO_AK}\nsk = {DEMO_SK}\nproject_id = {DEMO_PROJECT}\n")
            os.chmod(target, 0o600)

    def env(self, term="xterm-256color"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("HUAWEICLOUD_") and k != "NO_COLOR"}
        env.update(HOME=self.path, XDG_CONFIG_HOME=self.path + "/.config", XDG_STATE_HOME=self.path + "/.state",
                   LANG="C.UTF-8", TERM=term, SWIFT_BACKTRACE="interactive=no")
        env.pop("LC_ALL", None)
        return env

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


class Emulator:
    """`majobs emulator` on a free loopback port, with an access log to count requests."""

    def __init__(self, binary, jobs):
        self.home = Home()
        self.log = f"{self.home.path}/access.log"
        self.proc = subprocess.Popen(
            [binary, "emulator", "--port", "0", "--jobs", str(jobs), "--access-log", self.log],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=self.home.env(), text=True)
        line = self.proc.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.stop()
            raise RuntimeError(f"emulator did not start: {line!r}")
        self.endpoint = match.group(1)

    def list_requests(self):
        """The query strings of the v1 list requests logged so far."""
        if not os.path.exists(self.log):
            return []
        with open(self.log) as f:
            lines = [json.loads(line) for line in f if line.strip()]
        return [entry.get("query", "") for entry in lines if entry.get("path", "").endswith("/training-jobs")]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.home.remove()


GNU_TIME = "/usr/bin/time"


def timed_run(argv, env):
    """Runs `argv` to the end; returns (wall seconds, peak RSS KiB, exit status, stdout bytes).

    The peak RSS comes from GNU time (Debian package `time`) when installed: `ru_maxrss` of a child Python starts
    itself also counts Python's own peak, because exec records the high-water mark of the memory the child had
    before exec (Python's, shared through vfork), so a 26 MiB harness floored a 19 MiB `majobs list` at 26 MiB.
    GNU time forks the program from its own small process, so only the program's peak is counted.
    """
    report = None
    if os.access(GNU_TIME, os.X_OK):
        fd, report = tempfile.mkstemp(prefix="majobs-bench-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", report, *argv]
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss
        if report:
            with open(report) as f:
                peak = int(f.read().split()[-1])
        return wall, peak, proc.returncode, out
    finally:
        if report:
            os.remove(report)


# Set by bench.py: `--refresh 0` when the browser has auto-refresh, so every measurement sees only its own
# work (htop likewise runs at its longest delay).
BROWSER_EXTRA = []


def spawn_browser(binary, home, args=(), cols=120, rows=40):
    return PtyApp([binary, *args, *BROWSER_EXTRA], env=home.env(), cols=cols, rows=rows)


def spawn_htop(home, cols=120, rows=40):
    # -d 100: htop's longest delay (10 s); no mouse, so both programs only see keys.
    return PtyApp([shutil.which("htop") or "htop", "-d", "100", "--no-mouse"], env=home.env(), cols=cols, rows=rows)


ROW = re.compile(r"\s(\d{5,}|[0-9a-f]{8})\s*$")


# CREATED is never dropped, so a job row always shows its date (a v2 table at 120 columns has no ID column).
CREATED = re.compile(r"\s\d{4}-\d\d-\d\d \d\d:\d\d\s")


def shows_job_rows(screen):
    """True when the table's first line holds a job: its id ends the line (a v1 number or a v2 id's 8 hex digits),
    or, where the ID column is dropped, it shows a creation date."""
    lines = screen.display
    return len(lines) > 3 and bool(ROW.search(lines[3]) or CREATED.search(lines[3]))


def shows_up_to_date(screen):
    return shows_job_rows(screen) and any("up to date" in line for line in screen.display[-3:])
