"""Companion: a desktop self-care companion."""

__version__ = "0.1.0"


def __getattr__(name: str):
    # The old ``companion.ASSETS``, kept so code written before companion.assets still
    # works; it asks that module, so checkout and installed copies agree.
    if name == "ASSETS":
        from companion import assets
        return assets.root()
    raise AttributeError(f"module 'companion' has no attribute {name!r}")
