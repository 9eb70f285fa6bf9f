from ...ordering_world import kitchen, promotion  # noqa: F401
