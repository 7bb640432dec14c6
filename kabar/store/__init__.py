"""The embedded SQLite store."""


class StoreError(Exception):
    """A store problem the user can fix (missing db, wrong schema version)."""


def open_store(path: str, create: bool = True):
    from kabar.store.sqlite import Store

    return Store(path, create=create)
