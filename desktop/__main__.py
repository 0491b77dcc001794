"""``python -m desktop`` runs the ``gcm-review`` command."""

import sys

from desktop.cli import main

sys.exit(main())
