"""`make bench`: runs every benchmark module ``bench/bench_*.py`` (each has ``main()``).

``python -m bench NAME`` runs only the modules whose name contains NAME.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    failures = 0
    for name in names:
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        code = module.main()
        failures += 1 if code else 0
        print(f"--- {name} finished in {time.perf_counter() - started:.1f} s (exit {code})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
