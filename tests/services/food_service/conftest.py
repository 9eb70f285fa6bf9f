from ...ward_world import ward  # noqa: F401
