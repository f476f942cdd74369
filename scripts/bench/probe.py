#!/usr/bin/env python3
"""Single-figure probes for profiling one budget at a time (docs/PERFORMANCE.md, fixes 5-6 and the findings).

    python3 scripts/bench/probe.py BIN keys [RUNS] [--htop]   key latency and bytes per move (demo, 120x40)
    python3 scripts/bench/probe.py BIN dump                    the escape bytes of one move down and one up
    python3 scripts/bench/probe.py BIN perf-keys [MOVES]       `perf record -g` of the browser while it moves
    python3 scripts/bench/probe.py BIN perf-log [MOVES]        the same while it scrolls the large v2 log
    python3 scripts/bench/probe.py BIN rss [PAGES] [PER_PAGE]  VmRSS and smaps_rollup after `]` PAGES-1 times
    python3 scripts/bench/probe.py BIN idle demo|ext           strace -f of an idle browser for 5 s
    python3 scripts/bench/probe.py BIN start                   the list requests an emulator sees at start
    python3 scripts/bench/probe.py BIN log [--follow]          the log view figures on the large v2 log (and
                                                               CPU while following a running log for 10 s)

BIN is a release `majobs`. Output files go to /tmp (perf data, strace logs). PERF_CALLGRAPH replaces `-F 20000 -g`:
`PERF_CALLGRAPH="--call-graph dwarf,16384 -F 4000"` also follows calls inside libc and curses (no frame pointers).
"""
import os
import select
import statistics
import subprocess
import sys
import time

import log_measures
import measures
import world
from ptyapp import DOWN, UP
from world import Emulator, Home


def spread(samples):
    s = sorted(samples)
    return (f"median {statistics.median(s):.3f} p10 {s[int(.1 * (len(s) - 1))]:.3f} "
            f"p90 {s[int(.9 * (len(s) - 1))]:.3f} max {s[-1]:.3f} n={len(s)}")


def browser(binary, emulator=None, args=(), **size):
    home = Home(credentials=emulator is not None)
    extra = ["--endpoint", emulator.endpoint] if emulator else []
    app = world.spawn_browser(binary, home, [*extra, *args], **size)
    app.wait_for(world.shows_up_to_date)
    app.settle(quiet=1.0)
    return app, home


def record_moves(app, moves, out):
    """`perf record -g` of the app while it takes `moves` one-line moves, alternating down and up."""
    graph = os.environ.get("PERF_CALLGRAPH", "-F 20000 -g").split()
    perf = subprocess.Popen(["perf", "record", *graph, "-o", out, "-p", str(app.pid)],
                            stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    for i in range(moves):
        app.press(DOWN if i % 2 == 0 else UP, quiet=0.005)
    perf.send_signal(2)
    perf.wait()
    print(f"perf report -i {out} --children --stdio -g none")


def main():
    binary, what, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    world.BROWSER_EXTRA = ["--refresh", "0"]
    if what == "keys":
        runs = int(rest[0]) if rest and rest[0].isdigit() else 3
        lat, size = measures.key_latency(binary, runs, 40)
        print("majobs ms", spread(lat), "\nmajobs bytes", spread(size))
        if "--htop" in rest:
            hlat, hsize = measures.htop_latency(runs, 40)
            print("htop ms", spread(hlat), "\nhtop bytes", spread(hsize))
    elif what == "dump":
        app, home = browser(binary)
        for key in (DOWN, UP):
            app.settle(quiet=0.05)
            os.write(app.fd, key)
            data = b""
            while select.select([app.fd], [], [], 0.15)[0]:
                chunk = os.read(app.fd, 1 << 16)
                data += chunk
                app.stream.feed(chunk)
            print(len(data), repr(data))
        app.close(b"q")
        home.remove()
    elif what == "perf-keys":
        app, home = browser(binary)
        record_moves(app, int(rest[0]) if rest else 600, "/tmp/majobs-keys.perf")
        app.close(b"q")
        home.remove()
    elif what == "perf-log":
        emulator = Emulator(binary, 1000)
        home = Home(credentials=True)
        try:
            app = log_measures.v2_browser(binary, emulator, home)
            log_measures.select_by_name(app, log_measures.large_log(emulator)["name"])
            log_measures.open_log(app)
            app.settle(quiet=0.5)
            for _ in range(3):
                app.press(log_measures.SCREEN_UP)
            record_moves(app, int(rest[0]) if rest else 600, "/tmp/majobs-log.perf")
            app.close(b"qq")
        finally:
            home.remove()
            emulator.stop()
    elif what == "rss":
        pages = int(rest[0]) if rest else 50
        per_page = rest[1] if len(rest) > 1 else "1000"
        emulator = Emulator(binary, 100_000)
        app, home = browser(binary, emulator, ["--per-page", per_page])
        for page in range(2, pages + 1):
            os.write(app.fd, b"]")
            marker = f"page {page}/"
            app.wait_for(lambda s, m=marker: any(m in line for line in s.display[:2]) and world.shows_up_to_date(s))
        app.settle(quiet=1.0)
        print(f"{pages} pages of {per_page}: VmRSS {app.status_kib('VmRSS') / 1024:.1f} MiB, "
              f"VmHWM {app.status_kib('VmHWM') / 1024:.1f} MiB")
        with open(f"/proc/{app.pid}/smaps_rollup") as f:
            print("".join(line for line in f if line.split(":")[0] in ("Rss", "Anonymous", "Pss_File")), end="")
        app.close(b"q")
        home.remove()
        emulator.stop()
    elif what == "idle":
        emulator = Emulator(binary, 1000) if rest and rest[0] == "ext" else None
        app, home = browser(binary, emulator)
        out = f"/tmp/majobs-idle-{'ext' if emulator else 'demo'}.strace"
        tracer = subprocess.Popen(["strace", "-f", "-tt", "-o", out, "-p", str(app.pid)], stderr=subprocess.DEVNULL)
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            app.pump(0.05)
        tracer.send_signal(2)
        tracer.wait()
        app.close(b"q")
        home.remove()
        if emulator:
            emulator.stop()
        print(out)
    elif what == "start":
        emulator = Emulator(binary, 5000)
        app, home = browser(binary, emulator)
        app.settle(quiet=1.5)
        print(emulator.list_requests())
        app.close(b"q")
        home.remove()
        emulator.stop()
    elif what == "log":
        emulator = Emulator(binary, 1000)
        try:
            figures = log_measures.large_log_figures(binary, emulator, 5, 40, 5)
            for key in ("frames", "latencies", "sizes", "search"):
                print(key, spread(figures.pop(key)))
            print(figures)
            if "--follow" in rest:
                print("follow: CPU ms, CPU ms per 10 s between polls, wake-ups, log requests, still following:",
                      log_measures.follow_cpu(binary, emulator, 10))
        finally:
            emulator.stop()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
