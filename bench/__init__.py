"""Run-time benchmark suite for safec.

``python -m bench`` (from the repository root) builds every program in
``bench/programs/`` in several configurations (plain ``gcc -O2``, ASan, and the
safec modes), checks that every build prints the same checksum as the gcc
build, runs all of them interleaved for several rounds and reports median
time, peak RSS and binary size as ratios to ``gcc -O2``.  See bench/README.md.

Modules:
  stats   -- median, geometric mean, spread (pure)
  report  -- tables, comparison of two result files, SVG chart (pure)
  runner  -- configurations, building, running, machine info
  cli     -- command line
"""
