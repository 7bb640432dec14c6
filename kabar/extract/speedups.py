"""The optional C speedups (kabar/extract/_speedups.c, built by setup.py) when they are built and speak the interface
this code expects, else None: the callers then run their pure-Python functions, which give the same answers. A module
built from an older C file (an editable install not rebuilt after a pull) is left unused rather than called with
arguments or answers of another shape."""

from __future__ import annotations

from types import ModuleType

API = 2  # the interface of _speedups.c this code expects (its module constant API): both change with any function's

try:
    from kabar.extract import _speedups as _built
except ImportError:  # (no compiler at install time)
    _built = None


def usable(module: ModuleType | None) -> ModuleType | None:
    """The module when it is built for API, else None."""
    return module if module is not None and getattr(module, "API", None) == API else None


speedups = usable(_built)
