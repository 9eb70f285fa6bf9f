from ..ordering_world import kitchen, promotion  # noqa: F401
from ..search_world import crowd  # noqa: F401
