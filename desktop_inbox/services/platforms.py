"""The platforms' descriptors, for the front ends (which read them here:
the app and the command line import services, not connectors)."""

from desktop_inbox.connectors.platforms import PlatformDescriptor, SignInSpec, descriptor, descriptors

__all__ = ["PlatformDescriptor", "SignInSpec", "descriptor", "descriptors"]
