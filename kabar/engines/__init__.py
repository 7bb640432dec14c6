"""Engines run the same per-article and per-story steps: locally (a process pool) or on Spark."""
