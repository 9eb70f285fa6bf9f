from ...ordering_world import kitchen  # noqa: F401
