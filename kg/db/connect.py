"""Opening a Bolt connection: the one place a URI and credentials become a verified driver.

The password is passed in by the caller (the CLI reads it from NEO4J_PASSWORD or a prompt) and is
never put in a message: errors name the URI and the user only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.errors import DatabaseError

if TYPE_CHECKING:  # imported in open_driver: the CLI reads DEFAULT_URI without loading the driver
    import neo4j

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"


@dataclass(frozen=True)
class Target:
    """Where to load: URI, user, password (kept out of repr), database (None: server default)."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default="", repr=False)
    database: str | None = None


def open_driver(target: Target, *, retry_seconds: float = 30.0,
                connection_timeout: float = 10.0) -> neo4j.Driver:
    """A driver for `target`, with connectivity and credentials checked before anything is sent.

    Args:
        target: URI, user, password and database.
        retry_seconds: how long the driver's managed transactions retry transient failures.
        connection_timeout: seconds to wait for a connection.

    Raises:
        DatabaseError: the server cannot be reached or refuses the credentials; one line naming
            the URI.
    """
    import neo4j
    from neo4j import exceptions as neo4j_errors

    try:
        driver = neo4j.GraphDatabase.driver(
            target.uri, auth=(target.user, target.password),
            max_transaction_retry_time=retry_seconds, connection_timeout=connection_timeout)
    except (ValueError, neo4j_errors.ConfigurationError) as err:
        raise DatabaseError(f"{target.uri}: not a usable Bolt URI ({err})") from err
    try:
        driver.verify_connectivity()
    except neo4j_errors.AuthError as err:
        driver.close()
        raise DatabaseError(f"{target.uri}: authentication failed for user {target.user!r}") from err
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as err:
        driver.close()
        raise DatabaseError(f"cannot connect to the graph database at {target.uri}: "
                            f"{one_line(err)}") from err
    except neo4j_errors.Neo4jError as err:
        driver.close()
        raise DatabaseError(f"{target.uri}: {one_line(err)}") from err
    return driver


def one_line(err: BaseException) -> str:
    """An exception's message on one line, short enough for a summary."""
    text = getattr(err, "message", None) or str(err) or type(err).__name__
    text = " ".join(str(text).split())
    return text if len(text) <= 200 else text[:197] + "..."
