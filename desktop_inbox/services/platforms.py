"""The platforms' descriptors, for the front ends (which read them here:
the app and the command line import services, not connectors)."""

from collections.abc import Iterable

from desktop_inbox.connectors.platforms import PlatformDescriptor, SignInSpec, descriptor, descriptors

__all__ = ["PlatformDescriptor", "SignInSpec", "descriptor", "descriptors", "prepare_counting"]


def prepare_counting(platforms: Iterable[str]) -> None:
    """Each platform counts a text once, so that its rules are loaded: X's
    (twitter-text) compile their expressions as they load, ~0.4 s, which the
    first X conversation opened paid on the window's thread, frozen
    meanwhile (the composer counts its draft). For a worker thread."""
    for platform in sorted(set(platforms)):
        descriptor(platform).length("a")
