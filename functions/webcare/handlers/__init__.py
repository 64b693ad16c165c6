"""The Lambda entry points, one module per function.

Every function logs under one service name: the template sets `POWERTOOLS_SERVICE_NAME`, and a
function started without it (a test, a hand-made deployment) still logs as the product rather than
Powertools' `service_undefined`.
"""

import os

SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME") or "webcare-bridge"
