// Filled in by the performance work (issue 6): emulator list timings at 100,000 jobs.
print("majobs-bench: no benchmarks yet")
