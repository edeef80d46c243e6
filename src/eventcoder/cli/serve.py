"""``eventcoder serve``: the HTTP API and the map dashboard over a store (FastAPI + uvicorn, the `web` extra)."""

from __future__ import annotations

import errno

import click

from eventcoder.errors import ConfigError


@click.command("serve")
@click.option("--db", metavar="PATH|URL", help="Store path or URL (default $EVENTCODER_DB or ./eventcoder.sqlite).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="TCP port (0: any free port).")
@click.option("--token-file", metavar="FILE", type=click.Path(dir_okay=False),
              help="File holding the bearer token that POST /api/documents requires (default "
                   "$EVENTCODER_TOKEN_FILE); without one, writes are off.")
@click.option("--max-upload-bytes", type=click.IntRange(min=1), metavar="N",
              help="Largest POST body in bytes (default $EVENTCODER_MAX_UPLOAD_BYTES or 10,000,000).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN to call the API (repeatable; CORS is off by default).")
@click.option("--open", "open_browser", is_flag=True, help="Open the dashboard in the web browser once started.")
def serve_command(db: str | None, host: str, port: int, token_file: str | None, max_upload_bytes: int | None,
                  cors_origins: tuple[str, ...], open_browser: bool) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the map dashboard (/) for the store."""
    from eventcoder.web import Settings, create_app

    settings = Settings.from_options(db=db, token_file=token_file, max_upload_bytes=max_upload_bytes,
                                     cors_origins=cors_origins)
    app = create_app(settings)  # opens and checks the store: a wrong --db is named first
    _check_listen(host, port)  # before the start-up counts: a taken port is a one-line error, not uvicorn's exit 3
    import uvicorn

    config = uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False)
    server = uvicorn.Server(config)
    writes = "on (bearer token)" if settings.token else "off (no --token-file)"
    click.echo(f"eventcoder serve: store {db or 'default'}; writes {writes}; press Ctrl+C to stop", err=True)
    if open_browser:
        _open_when_started(server, host)
    try:
        server.run()
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port") from None
    except SystemExit as exc:
        # uvicorn exits with 3 when its start-up fails (it has logged why): one documented exit code, 1.
        if exc.code in (0, None):
            raise
        raise ConfigError(f"the server did not start on {host}:{port}; see the messages above") from None
    if not server.started and server.should_exit is False:
        raise ConfigError(f"the server did not start on {host}:{port}; see the messages above")


def _check_listen(host: str, port: int) -> None:
    """ConfigError, naming the address, when ``host:port`` cannot be listened on (a port another server holds,
    a host name that is no address of this machine); uvicorn would log it and exit with code 3."""
    import socket

    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc}); give --host an address of this machine, such as "
                          "127.0.0.1") from None
    unavailable: OSError | None = None
    bound = False
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server's own socket will be
            try:
                probe.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRNOTAVAIL:  # an address family this machine lacks: the server skips it too
                    unavailable = exc
                    continue
                hint = ("another server holds it; stop that one or choose another --port (0: any free port)"
                        if exc.errno == errno.EADDRINUSE else "choose another --host or --port")
                raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); {hint}") from None
            bound = True
    if not bound and unavailable is not None:
        raise ConfigError(f"cannot listen on {host}:{port} ({unavailable.strerror}); give --host an address of this "
                          "machine, such as 127.0.0.1")


def _open_when_started(server: object, host: str) -> None:
    """Open the dashboard in a browser once uvicorn listens (from a helper thread)."""
    import threading
    import time
    import webbrowser

    def wait() -> None:
        for _ in range(200):
            if getattr(server, "started", False):
                servers = getattr(server, "servers", [])
                port = servers[0].sockets[0].getsockname()[1] if servers and servers[0].sockets else 8000
                shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
                webbrowser.open(f"http://{shown}:{port}/")
                return
            time.sleep(0.05)

    threading.Thread(target=wait, daemon=True).start()


COMMANDS: list[click.Command] = [serve_command]
