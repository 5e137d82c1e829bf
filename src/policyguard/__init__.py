"""policyguard: carry out a college's social media and internet policy, clause by clause.

from policyguard import load_bundled, evaluate
decision = evaluate(load_bundled("nclt"), {"kind": "connection", ...})
decision.outcome, decision.findings, decision.actions

The public names are listed once, in ``__init__.pyi``. They are imported on first use:
the Squid helper imports policyguard.webfilter on every proxy worker start, and must not
pay for pydantic and the rule registry it never uses.
"""

from typing import Any

import lazy_loader

_getattr, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _getattr(name)
