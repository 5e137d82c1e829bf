"""The ``policyguard`` command's entry point: ``squid-helper`` starts without the core.

Squid starts a helper for every child it runs and again at each reconfigure, and a
request waits while one starts, so ``policyguard squid-helper`` imports only the helper
(:mod:`policyguard.webfilter.squid`); every other command goes to :mod:`policyguard.cli`,
which loads the whole core.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["squid-helper"]:
        from policyguard.webfilter.squid import squid_helper_main

        return squid_helper_main(args[1:])
    from policyguard.cli import main as cli_main

    return cli_main(args)
