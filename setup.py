"""The optional C speedups of kabar.extract (kabar/extract/_speedups.c). optional=True: when they cannot be built (no
compiler, no Python headers), the install goes on and kabar runs the pure-Python functions, which give the same
results. Everything else about the package is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("kabar.extract._speedups", ["kabar/extract/_speedups.c"], optional=True)])
