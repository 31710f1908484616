"""The one place that imports every built-in stage, so their @stage decorators run."""

from .extract import places  # noqa: F401  sitroom.places.gazetteer.v1
from .extract import actors  # noqa: F401  sitroom.actors.catalogue.v1
from .extract import time  # noqa: F401  sitroom.time.v1
from .extract import events  # noqa: F401  sitroom.events.hybrid.v1
from .extract import claims  # noqa: F401  sitroom.claims.v1
from .extract import flags  # noqa: F401  sitroom.flags.v1
