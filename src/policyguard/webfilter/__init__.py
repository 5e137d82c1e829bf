"""Web filtering: category lists, a memory-mapped snapshot, per-audience policy, a Squid
helper, DNS exports and safeguarding search terms.

    from policyguard.webfilter import Snapshot, WebFilter, compile_snapshot
    compile_snapshot(Path("org.pgwf"), ut1=Path("ut1"), policy=policy_from_pack(pack))
    verdict = WebFilter(Snapshot.open("org.pgwf")).decide(url, client_ip=ip, user=name)

The public names are listed once, in ``__init__.pyi``, and imported on first use, so the
Squid helper loads only what its hot path needs (no pydantic): start-up stays small.
"""

from typing import Any

import lazy_loader

_getattr, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _getattr(name)
