from ...ordering_world import kitchen, promotion  # noqa: F401
from ...till_world import another_desk, manager, sell  # noqa: F401
