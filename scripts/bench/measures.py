"""Each figure of issue 6, measured on the real release binary, with its peer measured in the same run."""
import json
import os
import subprocess
import time

import world
from ptyapp import DOWN, UP, ThreadMeter
from world import Emulator, Home

QUIT = b"q"
HTOP_QUIT = b"q"


def htop_ready(screen):
    return any("PID" in line and "USER" in line for line in screen.display)


def move_samples(app, moves):
    """One-row moves down and up (never scrolling); returns (latencies in ms, bytes per move)."""
    latencies, sizes = [], []
    for i in range(moves):
        latency, size = app.press(DOWN if i % 2 == 0 else UP)
        if latency is not None:
            latencies.append(latency * 1000)
            sizes.append(size)
    return latencies, sizes


def key_latency(binary, runs, moves, args=(), endpoint=None, rows=40):
    """majobs moving its selection, `runs` fresh processes of `moves` moves each, at 120 x `rows`."""
    extra = ["--endpoint", endpoint] if endpoint else []
    return moves_in_fresh_processes(
        lambda home: world.spawn_browser(binary, home, [*extra, *args], rows=rows), world.shows_up_to_date, QUIT,
        runs, moves, credentials=endpoint is not None)


def htop_latency(runs, moves):
    """htop moving its selection, the same way."""
    return moves_in_fresh_processes(world.spawn_htop, htop_ready, HTOP_QUIT, runs, moves)


def moves_in_fresh_processes(spawn, ready, quit_key, runs, moves, credentials=False):
    """`runs` fresh processes from `spawn(home)`, each waited for until `ready`, then `moves` moves; pooled."""
    latencies, sizes = [], []
    for _ in range(runs):
        home = Home(credentials=credentials)
        app = spawn(home)
        try:
            app.wait_for(ready)
            app.settle(quiet=1.0)
            lat, size = move_samples(app, moves)
            latencies += lat
            sizes += size
        finally:
            app.close(quit_key)
            home.remove()
    return latencies, sizes


def startup(binary, runs, args=()):
    """exec -> the first frame that shows job rows, demo mode (empty HOME: in-process emulator + first fetch)."""
    samples = []
    for _ in range(runs):
        home = Home()
        app = world.spawn_browser(binary, home, args)
        try:
            at = app.wait_for(world.shows_job_rows)
            samples.append((at - app.started) * 1000)
        finally:
            app.close(QUIT)
            home.remove()
    return samples


def search_requests(binary, runs, needle="resnet50", interval=0.040):
    """Types `needle` at `interval` per key; counts list requests the emulator saw and frames with stale rows."""
    counts, stale_frames, naive, prefetches = [], 0, [], []
    for _ in range(runs):
        emulator = Emulator(binary, jobs=5000)
        home = Home(credentials=True)
        app = world.spawn_browser(binary, home, ["--api", "v1", "--endpoint", emulator.endpoint])
        try:
            app.wait_for(world.shows_up_to_date)
            app.settle(quiet=1.5)
            before_ids = set(_row_ids(app.screen))
            before = len(emulator.list_requests())
            bad = []

            def check(screen):
                rows = _rows(screen)
                ids = {job_id for _, job_id in rows}
                if rows and not ids <= before_ids and not all(needle in name for name, _ in rows):
                    bad.append(list(screen.display))
            app.on_frame = check
            app.type_text("/", interval)
            app.type_text(needle, interval)
            app.wait_for(lambda s: _rows(s) and all(needle in n for n, _ in _rows(s))
                         and any("matches" in line or "up to date" in line for line in s.display[-2:]))
            app.settle(quiet=1.0)
            app.on_frame = None
            sent = emulator.list_requests()[before:]
            # The search itself is page 1; a page-2 prefetch follows once it has arrived (paging, not typing).
            counts.append(sum(1 for q in sent if "page=1&" in q or q.startswith("page=1")))
            prefetches.append(len(sent) - counts[-1])
            if bad and os.environ.get("BENCH_DEBUG"):
                print("\n".join(bad[0]))
            stale_frames += len(bad)
            naive.append(_naive_client(emulator, needle, interval))
        finally:
            app.close(QUIT)
            home.remove()
            emulator.stop()
    return counts, stale_frames, naive, prefetches


def _naive_client(emulator, needle, interval):
    """A client that fetches on every keystroke: the same 8 prefixes through the official SDK's signer."""
    before = len(emulator.list_requests())
    home = Home(credentials=True)
    script = os.path.join(os.path.dirname(__file__), "naive_search.py")
    subprocess.run(["python3", script, "--endpoint", emulator.endpoint, "--text", needle,
                    "--interval", str(interval)], env=home.env(), check=True, stdout=subprocess.DEVNULL)
    home.remove()
    return len(emulator.list_requests()) - before


def _rows(screen):
    rows = []
    for line in screen.display[3:-2]:
        match = world.ROW.search(line)
        if match:
            rows.append((line[:33], int(match.group(0))))
    return rows


def _row_ids(screen):
    return [job_id for _, job_id in _rows(screen)]


def idle_cpu(binary, seconds, refresh_args):
    """CPU time and wake-ups of majobs (demo) and htop (-d 100) sitting side by side for `seconds`."""
    home, htop_home = Home(), Home()
    app = world.spawn_browser(binary, home, ["--api", "v1", *refresh_args])
    htop = world.spawn_htop(htop_home)
    try:
        app.wait_for(world.shows_up_to_date)
        htop.wait_for(htop_ready)
        for _ in range(2):
            app.settle(quiet=1.0)
            htop.settle(quiet=0.2)
        meter, htop_meter = ThreadMeter(app), ThreadMeter(htop)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.pump(0.05)
            htop.pump(0.0)
            meter.sample()   # threads that exit inside the window keep their last counts
            htop_meter.sample()
        cpu, wakes = meter.totals()
        htop_cpu, htop_wakes = htop_meter.totals()
        return cpu, wakes, htop_cpu, htop_wakes
    finally:
        app.close(QUIT)
        htop.close(HTOP_QUIT)
        home.remove()
        htop_home.remove()


def list_vs_sdk(binary, runs, emulator):
    """`majobs list --output json --per-page 100` vs the official SDK script, alternating; same page checked."""
    home = Home(credentials=True)
    env = home.env()
    script = os.path.join(os.path.dirname(__file__), "sdk_list.py")
    ours = [binary, "list", "--endpoint", emulator.endpoint, "--output", "json", "--per-page", "100"]
    theirs = ["python3", script, "--endpoint", emulator.endpoint, "--per-page", "100"]
    wall, rss, sdk_wall, sdk_rss = [], [], [], []
    try:
        for _ in range(runs):
            w, r, code, out = world.timed_run(ours, env)
            sw, sr, scode, sout = world.timed_run(theirs, env)
            if code != 0 or scode != 0:
                raise RuntimeError(f"list exit {code}, sdk exit {scode}")
            mine, peer = json.loads(out), json.loads(sout)
            if [j["job_id"] for j in mine["jobs"]] != [j["job_id"] for j in peer["jobs"]] or len(mine["jobs"]) != 100:
                raise RuntimeError("majobs list and the SDK printed different pages")
            wall.append(w * 1000)
            rss.append(r / 1024)
            sdk_wall.append(sw * 1000)
            sdk_rss.append(sr / 1024)
    finally:
        home.remove()
    return wall, rss, sdk_wall, sdk_rss


def rss_after_pages(binary, emulator, pages, per_page=1000):
    """Browses `pages` server pages of `per_page`: the table is one list, so `]` (a screen at a time) is
    sent in bursts of a page's worth of screens, each waited for until its rows are up to date; then
    (VmRSS MiB, VmHWM MiB)."""
    home = Home(credentials=True)
    app = world.spawn_browser(
        binary, home, ["--api", "v1", "--endpoint", emulator.endpoint, "--per-page", str(per_page)])
    try:
        app.wait_for(world.shows_up_to_date)
        screen_rows = app.rows - 5
        presses = -(-per_page // screen_rows)
        for burst in range(1, pages):
            os.write(app.fd, b"]" * presses)
            marker = f" row {burst * presses * screen_rows + 1}/"
            app.wait_for(lambda s, m=marker: any(line.startswith(m) for line in s.display[-2:])
                         and world.shows_up_to_date(s))
        app.settle(quiet=1.0)
        return app.status_kib("VmRSS") / 1024, app.status_kib("VmHWM") / 1024
    finally:
        app.close(QUIT)
        home.remove()


def held_down_j(binary, emulator, jobs=2000, interval=1 / 30, extra=()):
    """`j` held down through `jobs` rows at key-repeat rate (one key every `interval` s): the frames that
    showed a loading row (or the status line's `loading…`), and the frames judged. `extra` picks the API."""
    home = Home(credentials=True)
    app = world.spawn_browser(binary, home, [*extra, "--endpoint", emulator.endpoint])
    frames, loading = [0], [0]
    try:
        app.wait_for(world.shows_up_to_date)
        app.settle(quiet=0.5)

        def check(screen):
            frames[0] += 1
            if any("loading…" in line for line in screen.display[3:]):
                loading[0] += 1
        app.on_frame = check
        app.type_text("j" * jobs, interval)
        arrived = lambda s: any(line.startswith(f" row {jobs + 1}/") for line in s.display[-2:])  # noqa: E731
        if not arrived(app.screen):  # the last key's frame may already be in
            app.wait_for(arrived)
        app.settle(quiet=0.5)
        app.on_frame = None
        return loading[0], frames[0]
    finally:
        app.close(QUIT)
        home.remove()


def emulator_bench(bench_binary, jobs, requests, v2=False):
    """The emulator's own cost per request, in-process: the v1 list, or (v2=True) the v2 search."""
    args = [bench_binary, "--jobs", str(jobs), "--requests", str(requests), "--json"] + (["--v2"] if v2 else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])
