from ...ordering_world import kitchen, promotion  # noqa: F401
from ...scheduling_world import people, uwimana  # noqa: F401
