"""kabar: raw news pages in, structured and cross-checked stories out."""

__version__ = "0.1.0"

from kabar.api import digest  # noqa: E402

__all__ = ["__version__", "digest"]
