"""Readers: turn paths, folders, globs, stdin, WARC and JSONL into ``Page`` records."""

from kabar.io.readers import MAX_PAGE_BYTES, expand_paths, read_inputs, read_source

__all__ = ["MAX_PAGE_BYTES", "expand_paths", "read_inputs", "read_source"]
