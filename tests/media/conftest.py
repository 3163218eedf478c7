from tests.integration.conftest import app  # noqa: F401 - the fixture, shared
