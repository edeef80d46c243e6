"""The test server helper lives in the package (the screenshot script and the benchmark use it too)."""

from eventcoder.web.browser import free_port, running_server

__all__ = ["free_port", "running_server"]
