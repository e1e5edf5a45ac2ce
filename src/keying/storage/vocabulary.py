"""The words the central schema stores: defined in `keying.vocabulary` (below the statistics,
which read them too), and named here as well, beside the schema that stores them."""

from __future__ import annotations

from keying.vocabulary import *  # noqa: F403
from keying.vocabulary import __all__ as __all__
