#!/usr/bin/env python3
"""Times Metaculus's weighted percentile with numpy, as the peer of the engine's selection (npm run bench).

Usage: python3 bench/peer.py VALUES.f64 WEIGHTS.f64 MIN_MS PERCENTILE [PERCENTILE ...]

VALUES.f64 and WEIGHTS.f64 hold little-endian float64 numbers (bench/metaculus.ts writes the very data the
TypeScript rows use). Prints one JSON line: milliseconds per call, iterations, the percentiles found and the
numpy version. Timing as bench/lib.ts: one warm-up call, then repeat until MIN_MS and average.

Without numpy it prints one line starting with "skipped:" and exits 0, so the bench never depends on it.

`weighted_percentile_2d` below follows Metaculus's algorithm (utils/the_math/measures.py,
github.com/Metaculus/metaculus, read at ec3077ed): argsort along the forecasters, carry the weights along,
cumulative weights over their total, then per percentile the first index with share > q and the first with
share >= q (argmax), and the mean of the two values there. Written for this benchmark, not copied.
"""

import json
import sys
import time

try:
    import numpy as np
except ImportError:
    print("skipped: numpy is not installed (pip install numpy, or apt install python3-numpy)")
    sys.exit(0)


def weighted_percentile_2d(values, weights, percentiles):
    values = np.array(values)
    order = values.argsort(axis=0)
    ordered_weights = np.array(weights)[order]
    sorted_values = np.sort(values, axis=0)
    shares = np.cumsum(ordered_weights, axis=0) / np.sum(ordered_weights, axis=0)
    columns = np.arange(values.shape[1])
    found = []
    for percentile in percentiles:
        level = percentile / 100.0
        right = np.argmax(shares > level, axis=0)
        left = np.argmax(shares >= level, axis=0)
        found.append(0.5 * (sorted_values[left, columns] + sorted_values[right, columns]))
    return np.array(found)


def main():
    values_file, weights_file, min_ms = sys.argv[1], sys.argv[2], float(sys.argv[3])
    percentiles = [float(p) for p in sys.argv[4:]] or [50.0]
    values = np.fromfile(values_file, dtype="<f8").reshape(-1, 1)
    weights = np.fromfile(weights_file, dtype="<f8")
    result = weighted_percentile_2d(values, weights, percentiles)  # warm-up
    iterations = 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < min_ms:
        weighted_percentile_2d(values, weights, percentiles)
        iterations += 1
        elapsed = (time.perf_counter() - start) * 1000
    print(
        json.dumps(
            {
                "ms": elapsed / iterations,
                "iterations": iterations,
                "result": [float(x) for x in result[:, 0]],
                "numpy": np.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
